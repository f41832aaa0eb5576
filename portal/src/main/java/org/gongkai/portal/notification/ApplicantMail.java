package org.gongkai.portal.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of a request the applicant is told about by e-mail, named like the event types of the
 * request log, each with its template {@code templates/mail/<template>.html} and {@code .txt}.
 */
enum ApplicantMail {

	/** Filed online; the receipt follows once the office confirms (art. 31). */
	SUBMITTED("submitted"),
	/** Receipt confirmed: receipt number, received date, reply due date (arts. 31, 33). */
	RECEIVED("received"),
	/** The one 补正 notice: what to supplement and by when (art. 30). */
	SUPPLEMENT_REQUESTED("supplement-requested"),
	/** The supplement arrived; the reply period restarts (art. 30). */
	SUPPLEMENTED("supplemented"),
	/** No supplement in time: the request is deemed withdrawn (art. 30). */
	DEEMED_WITHDRAWN("deemed-withdrawn"),
	/** The reply letter is issued and can be downloaded from the tracking page. */
	REPLIED("replied"),
	/** The applicant withdrew the request. */
	WITHDRAWN("withdrawn");

	private final String template;

	ApplicantMail(String template) {
		this.template = template;
	}

	String template() {
		return template;
	}

	/** The mail for a request event type, if the applicant must hear of it. */
	static Optional<ApplicantMail> forEvent(String eventType) {
		return Arrays.stream(values()).filter(mail -> mail.name().equals(eventType)).findFirst();
	}
}
