package org.gongkai.workflow.letter;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/** 登记留言 (Task_LetterRegister): forward the letter to the department that answers it, or decline it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "decision")
@JsonSubTypes({ @JsonSubTypes.Type(value = RegisterLetterCommand.Forward.class, name = "FORWARD"),
		@JsonSubTypes.Type(value = RegisterLetterCommand.Decline.class, name = "DECLINE") })
@Schema(name = "RegisterLetterCommand", description = "登记留言：受理并转办，或不予受理",
		oneOf = { RegisterLetterCommand.Forward.class, RegisterLetterCommand.Decline.class },
		discriminatorProperty = "decision",
		discriminatorMapping = { @DiscriminatorMapping(value = "FORWARD", schema = RegisterLetterCommand.Forward.class),
				@DiscriminatorMapping(value = "DECLINE", schema = RegisterLetterCommand.Decline.class) })
public sealed interface RegisterLetterCommand extends TaskCommand {

	/**
	 * Accept the letter and forward it to a department, which replies within the ⚙ reply limit.
	 *
	 * @param departmentCode the answering department
	 * @param comment an optional note
	 */
	@Schema(name = "ForwardLetter", description = "受理并转办至承办部门")
	record Forward(@NotBlank @Size(max = 32) String departmentCode, @Size(max = 2000) String comment)
			implements RegisterLetterCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(PublicLetterProcess.DECISION, "FORWARD")
				.text(PublicLetterProcess.DEPARTMENT_CODE, departmentCode)
				.text(Review.COMMENT, comment)
				.build();
		}
	}

	/**
	 * Decline the letter with a reason; the writer is told.
	 *
	 * @param reason why
	 * @param comment an optional explanation for the writer
	 */
	@Schema(name = "DeclineLetter", description = "不予受理：不属于本机关职责范围、已答复过、含辱骂等内容")
	record Decline(@NotNull DeclineReason reason, @Size(max = 2000) String comment) implements RegisterLetterCommand {

		@Override
		public Map<String, Object> variables() {
			var variables = new TaskVariables().value(PublicLetterProcess.DECISION, "DECLINE")
				.value(PublicLetterProcess.DECLINE_REASON, reason)
				.build();
			// an empty explanation must replace an earlier one, never inherit it
			variables.put(Review.COMMENT, comment == null ? "" : comment.strip());
			return variables;
		}
	}
}
