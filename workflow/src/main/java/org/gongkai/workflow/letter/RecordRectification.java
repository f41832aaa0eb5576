package org.gongkai.workflow.letter;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/** 整改 (Task_LetterRectify): what the department did after the writer's poor rating. */
@Schema(name = "RecordRectification", description = "整改情况")
public record RecordRectification(@NotBlank @Size(max = 4000) String rectification) implements TaskCommand {

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().text(PublicLetterProcess.RECTIFICATION, rectification).build();
	}
}
