package org.gongkai.workflow.request;

import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning a registered request to the department that handles it (分办), on 登记审查 (decision {@code ASSIGN}).
 */
@Service("assignRequestAction")
public class AssignRequest {

	private final RequestStepSupport support;

	private final Departments departments;

	AssignRequest(RequestStepSupport support, Departments departments) {
		this.support = support;
		this.departments = departments;
	}

	@Transactional
	public void assign(Long requestId, String departmentCode, String actor) {
		if (departmentCode == null || !departments.existsById(departmentCode)) {
			throw new UnknownReference("departmentCode", departmentCode);
		}
		support.load(requestId).assign(departmentCode, support.now());
		support.log(requestId, "ASSIGNED", actor, departmentCode);
	}

	/**
	 * 分办至承办部门
	 *
	 * @param departmentCode the department's code
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "AssignRequest", description = "分办至承办部门")
	public record Command(@Size(max = 50) String departmentCode, @Size(max = 2000) String comment) implements RegisterRequestCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.DECISION, "ASSIGN").text(DisclosureRequestProcess.DEPARTMENT_CODE, departmentCode).text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
