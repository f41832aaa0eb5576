package org.gongkai.workflow.letter;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/** 回访 (Task_LetterCallback): what the office heard when it called the writer back. */
@Schema(name = "RecordCallback", description = "回访记录")
public record RecordCallback(@NotBlank @Size(max = 2000) String callbackNote) implements TaskCommand {

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().text(PublicLetterProcess.CALLBACK_NOTE, callbackNote).build();
	}
}
