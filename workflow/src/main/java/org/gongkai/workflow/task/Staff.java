package org.gongkai.workflow.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A signed-in member of staff as the engine sees them: user id, realm roles and department.
 * Candidate groups are the roles themselves ({@code dept-head}) and the roles qualified by the
 * department ({@code dept-head:fgw}), so a department's tasks stay in that department.
 */
public record Staff(String userId, Set<String> roles, String department) {

	public List<String> candidateGroups() {
		var groups = new ArrayList<String>(roles);
		if (department != null && !department.isBlank()) {
			roles.forEach(role -> groups.add(role + ":" + department));
		}
		return groups;
	}
}
