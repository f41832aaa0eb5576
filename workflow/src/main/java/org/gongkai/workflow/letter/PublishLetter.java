package org.gongkai.workflow.letter;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskVariables;

/**
 * 公开审核 (Task_LetterPublicationReview): the texts the public will see, with personal data removed, and the
 * writer's masked name (张**).
 */
@Schema(name = "PublishLetter", description = "公开审核：去除个人信息后的标题、内容、答复，以及隐去的姓名（如 张**）")
public record PublishLetter(@NotBlank @Size(max = 100) String publicWriterName,
		@NotBlank @Size(max = 200) String publicSubject, @NotBlank @Size(max = 8000) String publicText,
		@NotBlank @Size(max = 8000) String publicReply) implements TaskCommand {

	@Override
	public Map<String, Object> variables() {
		return new TaskVariables().text(PublicLetterProcess.PUBLIC_WRITER_NAME, publicWriterName)
			.text(PublicLetterProcess.PUBLIC_SUBJECT, publicSubject)
			.text(PublicLetterProcess.PUBLIC_TEXT, publicText)
			.text(PublicLetterProcess.PUBLIC_REPLY, publicReply)
			.build();
	}
}
