package org.gongkai.portal.agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.gongkai.workflow.organisation.AgencyTree;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agencies as the public pages show them: the tree from the government down. */
@Component
public class Agencies {

	private final Departments departments;

	Agencies(Departments departments) {
		this.departments = departments;
	}

	/** The government with everything below it; empty if no government is configured. */
	@Transactional(readOnly = true)
	public Optional<AgencyNode> tree() {
		var tree = departments.tree();
		return tree.root().map(root -> AgencyNode.of(tree, root));
	}

	@Transactional(readOnly = true)
	AgencyTree agencyTree() {
		return departments.tree();
	}

	/** The agency, its ancestors (government first) and its sub-tree, if the code names one. */
	@Transactional(readOnly = true)
	Optional<Place> place(String code) {
		var tree = departments.tree();
		return tree.find(code).map(agency -> {
			var above = new ArrayList<>(tree.ancestors(code));
			Collections.reverse(above);
			return new Place(AgencyNode.of(tree, agency), List.copyOf(above), tree.scope(code));
		});
	}

	/** Where an agency sits: its node, the agencies above it (root first), the codes its sub-site covers. */
	record Place(AgencyNode agency, List<Department> ancestors, List<String> scope) {
	}
}
