package org.gongkai.workflow.letter;

/**
 * What a citizen writes: to which mailbox of which agency, the subject and text, how to reach them, and
 * whether the letter and its reply may be published (with their name masked and personal data removed).
 */
public record LetterDetails(LetterMailbox mailbox, String addresseeCode, String subject, String text,
		boolean publishable, String writerName, String email, String phone) {
}
