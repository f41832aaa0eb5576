package org.gongkai.portal.letter;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.letter.LetterMailbox;

/**
 * The citizen's letter form (no script needed); the name and contact details are prefilled from the account.
 *
 * @param publishable the writer agrees that the letter and its reply are published, their name masked
 */
public record LetterForm(@NotNull LetterMailbox mailbox, @NotBlank @Size(max = 32) String addresseeCode,
		@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 8000) String text, boolean publishable,
		@NotBlank @Size(max = 100) String writerName, @Email @Size(max = 200) String email,
		@Pattern(regexp = "([0-9+\\- ]{5,30})?") String phone) {
}
