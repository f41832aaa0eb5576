package org.gongkai.workflow.publication;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a department writes into a catalogue item (SPEC §4.1); validated before it reaches the entity. */
public record ItemContent(
		@NotBlank(message = "{item.title.required}") @Size(max = 500, message = "{item.title.size}") String title,
		@Size(max = 300, message = "{item.summary.size}") String summary,
		String body,
		@NotBlank(message = "{item.issuer.required}") @Size(max = 500) String issuer,
		@NotNull(message = "{item.writtenDate.required}") @PastOrPresent(message = "{item.writtenDate.past}") LocalDate writtenDate,
		@Pattern(regexp = "^$|^\\S+〔\\d{4}〕[1-9]\\d*号$", message = "{item.docNumber.pattern}") String docNumber,
		@NotBlank(message = "{item.column.required}") String columnCode,
		@Size(max = 100) String topic,
		@Size(max = 20) String genre) {
}
