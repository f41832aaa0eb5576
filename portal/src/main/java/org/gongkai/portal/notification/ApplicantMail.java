package org.gongkai.portal.notification;

import java.util.Arrays;
import java.util.Optional;

import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.ReplyDelivery;

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
	/** The reply period is extended, with the office head's approval (art. 33 ¶2). */
	EXTENDED("extended"),
	/** A third party or agency is consulted; the clock stops (art. 33 ¶3). ⚙ {@code gongkai.mail.tell-consultation}. */
	CONSULTATION_STARTED("consultation-started"),
	/** The consultation is over; the clock runs again with the new due date. ⚙ as above. */
	CONSULTATION_ENDED("consultation-ended"),
	/** A fee is due (art. 42, 109号): amount, how it is counted, by when. */
	FEE_NOTICE("fee-notice"),
	/** The fee arrived; the clock runs again with the new due date. */
	FEE_PAID("fee-paid"),
	/** The fee was not paid in time: the request is closed as abandoned (109号). */
	FEE_UNPAID("fee-unpaid"),
	/** Art. 35: the applicant is asked to explain the reasons for the volume or frequency of requests, by a day. */
	REASONS_REQUESTED("reasons-requested"),
	/** Art. 35: the reasons are reasonable; the reply comes by the later date the agency set. */
	REPLY_POSTPONED("reply-postponed"),
	/** The reply letter is issued and can be downloaded from the tracking page. */
	REPLIED("replied"),
	/** The applicant withdrew the request. */
	WITHDRAWN("withdrawn"),
	/**
	 * The reply letter was posted: the post's tracking number and the day of delivery, which starts the
	 * periods for 行政复议 and 诉讼. Only for a letter by post: a letter downloaded, handed over or e-mailed
	 * is already in the applicant's hands when the delivery is recorded.
	 */
	DELIVERED("delivered");

	private final String template;

	ApplicantMail(String template) {
		this.template = template;
	}

	String template() {
		return template;
	}

	/** Whether this step of this request warrants a mail (the delivery mail is for letters by post only). */
	boolean sentFor(DisclosureRequest request) {
		return this != DELIVERED || request.getReplyDelivery() == ReplyDelivery.POST;
	}

	/** The mail for a request event type, if the applicant must hear of it. */
	static Optional<ApplicantMail> forEvent(String eventType) {
		return forEvent(eventType, true);
	}

	/** As {@link #forEvent(String)}, leaving out the consultation mails unless the applicant is told of them. */
	static Optional<ApplicantMail> forEvent(String eventType, boolean tellConsultation) {
		if (!tellConsultation && eventType != null && eventType.startsWith("CONSULTATION_")) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(mail -> mail.name().equals(eventType)).findFirst();
	}
}
