package org.gongkai.workflow.task;

import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Completing a task that asks for nothing but an optional note (确认收到申请、登记缴费、逾期督办、提交草稿 …).
 *
 * @param comment an optional note
 */
@Schema(name = "Proceed", description = "办结（可附意见）")
public record Proceed(@Size(max = 2000) String comment) implements TaskCommand {

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().text(Review.COMMENT, comment).build();
	}
}
