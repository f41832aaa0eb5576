package org.gongkai.workflow.request;

import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/**
 * A request that is not the handling department's to answer goes back to the office (decision {@code REASSIGN}), which assigns it anew on 重新分办 ({@link Department}).
 */
public final class Reassign {

	/**
	 * 不属于本部门职责，退回重新分办
	 *
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "Reassign", description = "不属于本部门职责，退回重新分办")
	public record Command(@Size(max = 2000) String comment) implements HandleRequestCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.DECISION, "REASSIGN").text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}

	/**
	 * 重新分办: the department the office now assigns the request to.
	 *
	 * @param departmentCode the department's code
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "ReassignDepartment", description = "重新分办至承办部门")
	public record Department(@Size(max = 50) String departmentCode, @Size(max = 2000) String comment)
			implements TaskCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().text(DisclosureRequestProcess.DEPARTMENT_CODE, departmentCode)
				.text(DisclosureRequestProcess.COMMENT, comment)
				.build();
		}
	}

	private Reassign() {
	}
}
