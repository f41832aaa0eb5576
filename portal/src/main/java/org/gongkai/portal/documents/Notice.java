package org.gongkai.portal.documents;

/**
 * A numbered notice of a request (for information or for a correction), rendered as a letter by {@link NoticeRenderer}. Each
 * record carries everything its letter says; dates and numbers are computed by the caller. Its wording is the
 * template {@code templates/letters/<template>.txt} (see {@link LetterTemplates}).
 */
public interface Notice {

	/** The issuing agency, the notice's number and date. */
	Issuer issuer();

	/** The request the notice is about. */
	RequestDetails request();

	/** The title printed at the top of the letter, e.g. 政府信息公开申请答复告知书. */
	String title();

	/** The name of the letter's template under {@code templates/letters/}, e.g. {@code reply}. */
	String template();

	/** To whom the letter is addressed: the applicant, unless the letter goes to a third party or an agency. */
	default String addressee() {
		return request().applicant();
	}

	/**
	 * Checks what a notice built step by step must have by the time it is worded.
	 * @throws IllegalArgumentException if something the letter needs is missing
	 */
	default void requireComplete() {
	}
}
