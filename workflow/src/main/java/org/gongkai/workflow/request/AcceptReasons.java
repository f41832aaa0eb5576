package org.gongkai.workflow.request;

import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskVariables;

/**
 * Judging the applicant's reasons reasonable: handling goes on (verdict {@code REASONABLE}).
 */
public final class AcceptReasons {

	/**
	 * 理由合理，继续办理
	 *
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "AcceptReasons", description = "理由合理，继续办理")
	public record Command(@Size(max = 2000) String comment) implements JudgeReasonsCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.REASONS_VERDICT, "REASONABLE").text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}

	private AcceptReasons() {
	}
}
