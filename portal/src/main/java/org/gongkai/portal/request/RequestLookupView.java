package org.gongkai.portal.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.request.DisclosureRequest;

/**
 * A request as whoever holds its receipt number and 查询码 sees it ({@code /requests/lookup}): where it is, its
 * dated steps and when the reply is due. No personal data (no name, identity number, phone or address), no
 * internal notes: the steps carry only the notes that say no more than the receipt (the receipt number, the
 * channel, the department it went to).
 *
 * @param kind {@code DISCLOSURE} or {@code CORRECTION}
 * @param status where it is, e.g. {@code HANDLING}
 * @param receivedOn the receipt date of art. 31, once confirmed
 * @param replyDueOn the day the reply is due, while one is
 * @param replyDueProvisional whether the due date rests on holidays not yet published
 * @param daysLeft working days until the reply is due (negative when overdue), while open
 * @param extended whether the reply period was extended (art. 33)
 * @param clockPaused whether the reply clock stands still (consultation, fee, reasons)
 * @param outcomeLabel the outcome in Chinese, once decided
 * @param replyFiles once replied, the names of the files and catalogue items the reply provides (not served here)
 */
public record RequestLookupView(String receiptNo, String kind, String kindLabel, String status, String statusLabel,
		String title, Instant submittedAt, LocalDate receivedOn, LocalDate replyDueOn, boolean replyDueProvisional,
		Integer daysLeft, boolean extended, boolean clockPaused, String outcomeLabel, List<Step> steps,
		List<String> replyFiles) {

	/**
	 * One dated step; {@code note} only where it repeats what the receipt shows.
	 *
	 * @param note the receipt number ({@code RECEIVED}), the channel ({@code REGISTERED_OFFLINE}) or the
	 *     department's name ({@code ASSIGNED}); null for every other step
	 */
	public record Step(Instant at, String type, String note) {
	}

	/** The steps whose note a holder of the receipt may read; every other note stays with the applicant and staff. */
	static final Set<String> PUBLIC_NOTES = Set.of("RECEIVED", "REGISTERED_OFFLINE", "ASSIGNED");

	static RequestLookupView of(DisclosureRequest r, Integer daysLeft, List<CaseEvent> events, StepNotes notes,
			List<String> replyFiles) {
		return new RequestLookupView(r.getReceiptNo(), r.getKind().name(), r.getKind().label(), r.getStatus().name(),
				r.getStatus().label(), r.getTitle(), r.getSubmittedAt(), r.getReceivedOn(), r.getReplyDueOn(),
				r.isReplyDueProvisional(), daysLeft, r.getOriginalDueOn() != null, r.getPausedSince() != null,
				r.getOutcomeLabel(),
				events.stream()
					.map(e -> new Step(e.getOccurredAt(), e.getType(),
							PUBLIC_NOTES.contains(e.getType()) ? notes.of("request.event.", e.getType(), e.getNote())
									: null))
					.toList(),
				replyFiles);
	}
}
