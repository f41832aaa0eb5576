package org.gongkai.workflow.proposal;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/**
 * A 主办 unit's reply (Task_ProposalReply), accepted only after the unit recorded its 面商.
 *
 * @param replyClass A 解决或基本解决, B 列入计划逐步解决, C 因条件限制或其他原因暂时不能解决
 * @param replyText the reply (答复件)
 * @param publishable whether the reply may be published after 保密审查
 * @param notPublishedReason why not, required when {@code publishable} is false
 */
@Schema(name = "ProposalReply", description = "主办单位答复：分类 A/B/C、答复内容、是否公开（不公开须说明理由）")
public record ProposalReply(@NotNull(message = "{proposal.replyClass.required}") ReplyClass replyClass,
		@NotBlank(message = "{proposal.replyText.required}") @Size(max = 4000, message = "{text.size}") String replyText,
		@NotNull(message = "{proposal.publishable.required}") Boolean publishable,
		@Size(max = 500, message = "{text.size}") String notPublishedReason) implements TaskCommand {

	public static final String REPLY_CLASS = "replyClass";

	public static final String REPLY_TEXT = "replyText";

	public static final String REPLY_PUBLISHABLE = "replyPublishable";

	public static final String NOT_PUBLISHED_REASON = "notPublishedReason";

	/** A reply kept from the public names its reason. */
	@AssertTrue(message = "{proposal.notPublishedReason.required}")
	@Schema(hidden = true)
	public boolean isReasonGivenWhenWithheld() {
		return !Boolean.FALSE.equals(publishable) || notPublishedReason != null && !notPublishedReason.isBlank();
	}

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().value(REPLY_CLASS, replyClass)
			.text(REPLY_TEXT, replyText)
			.value(REPLY_PUBLISHABLE, publishable)
			.text(NOT_PUBLISHED_REASON, notPublishedReason)
			.build();
	}
}
