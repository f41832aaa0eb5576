package org.gongkai.workflow.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import org.gongkai.workflow.calendar.Deadline;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.stereotype.Component;

/**
 * What the request's action classes share: loading the request, its log, notice numbers, today in the
 * agency's zone, and the instants of the reply clock's timers.
 */
@Component
class RequestStepSupport {

	private final DisclosureRequests requests;

	private final RequestLog log;

	private final YearlySequences sequences;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final Clock clock;

	RequestStepSupport(DisclosureRequests requests, RequestLog log, YearlySequences sequences,
			WorkingDayCalendar calendar, RequestProperties properties, Clock clock) {
		this.requests = requests;
		this.log = log;
		this.sequences = sequences;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/** The instant of a change, for the request's timestamps. */
	Instant now() {
		return clock.instant();
	}

	/** The paused reply clock runs again, its due date moved by the working days it stood still. */
	Map<String, Object> resume(DisclosureRequest request, String event, String actor, String note) {
		var today = today();
		int paused = Math.max(0, calendar.workingDaysBetween(request.getPausedSince(), today));
		var due = calendar.extend(new Deadline(request.getReplyDueOn(), request.isReplyDueProvisional()), paused);
		request.resume(paused, due.due(), now());
		log(request.getId(), event, actor, note == null ? "暂停 " + paused + " 个工作日" : note);
		return replyTimers(due.due());
	}

	/** Warning {@code warningWorkingDays} before the due date at 09:00; overdue from the day after it. */
	Map<String, Object> replyTimers(LocalDate due) {
		var warning = calendar.addWorkingDays(due, -properties.warningWorkingDays()).due();
		return Map.of(DisclosureRequestProcess.REPLY_WARNING_AT, at(warning, LocalTime.of(9, 0)),
				DisclosureRequestProcess.REPLY_OVERDUE_AT, startOf(due.plusDays(1)));
	}

	/** For example 补〔2026〕第0003号: the kind's prefix and its own yearly serial. */
	String noticeNo(NoticeKind kind) {
		int year = today().getYear();
		return kind.prefix() + "〔" + year + "〕第" + String.format("%04d", sequences.next(kind.sequence(), year)) + "号";
	}

	Date startOf(LocalDate day) {
		return at(day, LocalTime.MIDNIGHT);
	}

	Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(properties.zone()).toInstant());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	DisclosureRequest load(Long requestId) {
		return requests.findById(requestId)
			.orElseThrow(() -> new UnknownReference("requestId", String.valueOf(requestId)));
	}

	void log(Long requestId, String type, String actor, String note) {
		this.log.log(requestId, type, actor, note);
	}
}
