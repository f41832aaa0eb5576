package org.gongkai.workflow.proposal;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/**
 * The deputy's verdict on the reply as the office records it (Task_ProposalRecordSatisfaction); 不满意
 * reopens the case for 再办理.
 *
 * @param satisfaction 满意, 基本满意 or 不满意
 * @param comment what the deputy said
 */
@Schema(name = "ProposalSatisfaction", description = "代表委员对答复的满意度：满意、基本满意、不满意（不满意则再办理）")
public record SatisfactionRecord(@NotNull(message = "{proposal.satisfaction.required}") Satisfaction satisfaction,
		@Size(max = 2000, message = "{text.size}") String comment) implements TaskCommand {

	public static final String SATISFACTION = "satisfaction";

	/** What the gateway after the task reads: 不满意 reopens the case. */
	public static final String DISSATISFIED = "dissatisfied";

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().value(SATISFACTION, satisfaction)
			.value(DISSATISFIED, satisfaction == null ? null : satisfaction == Satisfaction.DISSATISFIED)
			.text("comment", comment)
			.build();
	}
}
