package org.gongkai.workflow.request;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.workflow.InvalidValue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office records a 复议/诉讼/投诉 against a replied (or closed) request, and later its outcome. A suit
 * after review (复议后起诉, 表四's third block) follows a review of the same request recorded before it.
 */
@Service
public class RecordRemedy {

	private final DisclosureRequests requests;

	private final RequestRemedies remedies;

	private final RequestLog log;

	private final Clock clock;

	RecordRemedy(DisclosureRequests requests, RequestRemedies remedies, RequestLog log, Clock clock) {
		this.clock = clock;
		this.requests = requests;
		this.remedies = remedies;
		this.log = log;
	}

	@Transactional
	public RequestRemedy file(Long requestId, RemedyKind kind, LocalDate filedOn, String authority, String note,
			String actor) {
		var request = requests.findById(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		if (request.getStatus() == RequestStatus.SUBMITTED) {
			throw new RequestNotInExpectedState(requestId, request.getStatus(), "challenged before it was received");
		}
		if (kind == null) {
			throw new InvalidValue("kind", "remedy.kind.required");
		}
		var submitted = LocalDate.ofInstant(request.getSubmittedAt(), clock.getZone());
		if (request.getReceivedOn() != null && request.getReceivedOn().isBefore(submitted)) {
			submitted = request.getReceivedOn();
		}
		if (filedOn == null || filedOn.isBefore(submitted)) {
			throw new InvalidValue("filedOn", "remedy.filedOn.window", submitted);
		}
		RequestRemedy.max("authority", authority, RequestRemedy.AUTHORITY_MAX);
		RequestRemedy.max("note", note, RequestRemedy.NOTE_MAX);
		if (kind == RemedyKind.LITIGATION_AFTER_REVIEW && remedies.findByRequestIdOrderByFiledOnAscIdAsc(requestId)
			.stream()
			.noneMatch(r -> r.getKind() == RemedyKind.ADMINISTRATIVE_REVIEW && !r.getFiledOn().isAfter(filedOn))) {
			throw new InvalidValue("kind", "remedy.kind.reviewFirst");
		}
		var remedy = remedies.save(new RequestRemedy(requestId, kind, filedOn, blankToNull(authority), blankToNull(note), actor));
		log.log(requestId, "REMEDY_FILED", actor, kind.label() + (authority == null ? "" : "（" + authority.strip() + "）"));
		return remedy;
	}

	/**
	 * @throws RemedyAlreadyDecided if its outcome was recorded before: nothing changes
	 * @throws InvalidValue without an outcome, or for a day before the filing day
	 */
	@Transactional
	public RequestRemedy decide(Long requestId, Long remedyId, RemedyOutcome outcome, LocalDate decidedOn, String note,
			String actor) {
		var remedy = remedies.findById(remedyId)
			.filter(r -> r.getRequestId().equals(requestId))
			.orElseThrow(() -> new RequestNotFound(requestId));
		remedy.decide(outcome, decidedOn, note);
		log.log(requestId, "REMEDY_DECIDED", actor, remedy.getKind().label() + "：" + outcome.label());
		return remedy;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
