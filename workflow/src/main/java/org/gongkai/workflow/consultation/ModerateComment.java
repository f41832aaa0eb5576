package org.gongkai.workflow.consultation;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/**
 * A moderator's verdict on one comment: shown, or not shown for a reason its author sees.
 *
 * @param accepted {@code true} shows the comment
 * @param rejectReason required when not accepted
 */
@Schema(name = "ModerateComment", description = "审核留言：`accepted` true 予以展示；false 不予展示，须给出 `rejectReason`（ABUSE 辱骂攻击、PERSONAL_DATA 含个人信息、OFF_TOPIC 与征求意见无关）")
public record ModerateComment(@NotNull Boolean accepted, RejectReason rejectReason) implements TaskCommand {

	public static final String ACCEPTED = "accepted";

	public static final String REJECT_REASON = "rejectReason";

	@AssertTrue(message = "{consultation.invalid.moderation.reasonRequired}")
	@Schema(hidden = true)
	public boolean isReasonGivenWhenRejected() {
		return !Boolean.FALSE.equals(accepted) || rejectReason != null;
	}

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().value(ACCEPTED, accepted)
			.value(REJECT_REASON, rejectReason)
			.build();
	}
}
