package org.gongkai.workflow.letter;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/** 答复留言 (Task_LetterReply): draft the reply for the head's review, or ask the office for the one extension. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "decision")
@JsonSubTypes({ @JsonSubTypes.Type(value = ReplyLetterCommand.Reply.class, name = "REPLY"),
		@JsonSubTypes.Type(value = ReplyLetterCommand.Extend.class, name = "EXTEND") })
@Schema(name = "ReplyLetterCommand", description = "答复留言：拟定答复，或申请延期（仅一次）",
		oneOf = { ReplyLetterCommand.Reply.class, ReplyLetterCommand.Extend.class },
		discriminatorProperty = "decision",
		discriminatorMapping = { @DiscriminatorMapping(value = "REPLY", schema = ReplyLetterCommand.Reply.class),
				@DiscriminatorMapping(value = "EXTEND", schema = ReplyLetterCommand.Extend.class) })
public sealed interface ReplyLetterCommand extends TaskCommand {

	/** The reply for the department head's review. */
	@Schema(name = "LetterReply", description = "拟定答复，送部门负责人审核")
	record Reply(@NotBlank @Size(max = 8000) String replyText) implements ReplyLetterCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(PublicLetterProcess.DECISION, "REPLY")
				.text(PublicLetterProcess.REPLY_TEXT, replyText)
				.build();
		}
	}

	/** Asks the office head for more time (⚙ extension working days), once per letter. */
	@Schema(name = "LetterExtension", description = "申请延期，由办公室负责人审批；每件留言仅一次")
	record Extend(@NotBlank @Size(max = 2000) String reason) implements ReplyLetterCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(PublicLetterProcess.DECISION, "EXTEND")
				.text(PublicLetterProcess.EXTENSION_REASON, reason)
				.build();
		}
	}
}
