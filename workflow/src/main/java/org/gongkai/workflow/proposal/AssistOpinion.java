package org.gongkai.workflow.proposal;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/**
 * A 协办 unit's opinion for the 主办 units (Task_ProposalAssistOpinion).
 *
 * @param opinion the opinion's text
 */
@Schema(name = "ProposalAssistOpinion", description = "协办意见")
public record AssistOpinion(
		@NotBlank(message = "{proposal.opinion.required}") @Size(max = 4000, message = "{text.size}") String opinion)
		implements TaskCommand {

	public static final String OPINION = "opinion";

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().text(OPINION, opinion).build();
	}
}
