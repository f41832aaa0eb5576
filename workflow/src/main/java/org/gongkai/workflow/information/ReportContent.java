package org.gongkai.workflow.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the 信息员 writes: one matter per item, with the author's name and phone for follow-up questions. */
public record ReportContent(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20000) String body,
		@Size(max = 50) String category, @NotBlank @Size(max = 100) String author,
		@NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}") String phone, @NotNull Urgency urgency) {
}
