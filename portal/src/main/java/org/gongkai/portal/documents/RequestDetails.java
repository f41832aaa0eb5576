package org.gongkai.portal.documents;

import java.time.LocalDate;
import java.util.Objects;

import org.gongkai.workflow.request.RequestKind;

/**
 * The request a notice is about: a request for information (art. 29) or for the correction of a
 * record (art. 41), which the notices name as 政府信息公开申请 or 政府信息更正申请.
 *
 * @param applicant the applicant's name (a person or an organisation)
 * @param receiptNumber the number issued with the 受理回执
 * @param receivedOn the receipt date of art. 31, which starts the clocks
 * @param description what the applicant asked for (title, 文号 or other description), or for a correction
 *        request the record and what is inaccurate about it
 * @param kind what the applicant asks for; {@code null} gives {@link RequestKind#DISCLOSURE}
 */
public record RequestDetails(String applicant, String receiptNumber, LocalDate receivedOn, String description,
		RequestKind kind) {

	public RequestDetails {
		Notices.requireText(applicant, "applicant");
		Notices.requireText(receiptNumber, "receiptNumber");
		Objects.requireNonNull(receivedOn, "receivedOn");
		Notices.requireText(description, "description");
		kind = kind == null ? RequestKind.DISCLOSURE : kind;
	}

	/** A request for information (art. 29). */
	public RequestDetails(String applicant, String receiptNumber, LocalDate receivedOn, String description) {
		this(applicant, receiptNumber, receivedOn, description, RequestKind.DISCLOSURE);
	}

	/** Whether the applicant asks to correct a record about themselves (art. 41). */
	public boolean isCorrection() {
		return kind == RequestKind.CORRECTION;
	}

	/** The application as the notices name it: 政府信息公开申请 or 政府信息更正申请. */
	String application() {
		return kind.label();
	}
}
