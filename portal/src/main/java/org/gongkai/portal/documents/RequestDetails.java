package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The disclosure request a notice is about.
 *
 * @param applicant the applicant's name (a person or an organisation)
 * @param receiptNumber the number issued with the 受理回执
 * @param receivedOn the receipt date of art. 31, which starts the clocks
 * @param description what the applicant asked for (title, 文号 or other description)
 */
public record RequestDetails(String applicant, String receiptNumber, LocalDate receivedOn, String description) {

	public RequestDetails {
		Notices.requireText(applicant, "applicant");
		Notices.requireText(receiptNumber, "receiptNumber");
		Objects.requireNonNull(receivedOn, "receivedOn");
		Notices.requireText(description, "description");
	}
}
