package org.gongkai.workflow.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.UnknownReference;
import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code disclosure-request.bpmn} that change a request, each inside the transaction of
 * the task completion or timer that triggered it. Deadlines come from the working-day calendar; the
 * instants the process's timers need are returned as variables.
 */
@Service
public class RequestSteps {

	private final DisclosureRequests requests;

	private final Departments departments;

	private final RequestLog log;

	private final YearlySequences sequences;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final Clock clock;

	RequestSteps(DisclosureRequests requests, Departments departments, RequestLog log, YearlySequences sequences,
			WorkingDayCalendar calendar, RequestProperties properties, Clock clock) {
		this.requests = requests;
		this.departments = departments;
		this.log = log;
		this.sequences = sequences;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/** Art. 31: receipt confirmed today; issues the receipt number and starts the reply clock. */
	@Transactional
	public Map<String, Object> issueReceipt(Long requestId, String actor) {
		var request = load(requestId);
		var today = today();
		var receiptNo = "GK" + today.getYear() + "-" + String.format("%06d", sequences.next("receipt", today.getYear()));
		var due = calendar.addWorkingDays(today, properties.replyWorkingDays());
		request.confirmReceipt(receiptNo, today, due.due(), due.provisional(), clock.instant());
		log(requestId, "RECEIVED", actor, receiptNo);
		return replyTimers(due.due());
	}

	/** Art. 30: the one 补正 notice, with the applicant's deadline. */
	@Transactional
	public Map<String, Object> requestSupplement(Long requestId, String actor, String note) {
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("supplementNote: 补正告知须列明需要补正的事项");
		}
		var request = load(requestId);
		var due = calendar.addWorkingDays(today(), properties.supplementWorkingDays()).due();
		request.requestSupplement(note.strip(), due, clock.instant());
		log(requestId, "SUPPLEMENT_REQUESTED", actor, note.strip());
		return Map.of(DisclosureRequestProcess.SUPPLEMENT_DUE_AT, startOf(due.plusDays(1)));
	}

	/** The supplement arrived: the reply period starts again from today. */
	@Transactional
	public Map<String, Object> supplementReceived(Long requestId, String actor) {
		var request = load(requestId);
		var today = today();
		var due = calendar.addWorkingDays(today, properties.replyWorkingDays());
		request.supplemented(today, due.due(), due.provisional(), clock.instant());
		log(requestId, "SUPPLEMENTED", actor, null);
		return replyTimers(due.due());
	}

	@Transactional
	public void deemWithdrawn(Long requestId) {
		load(requestId).abandonWithoutSupplement(clock.instant());
		log(requestId, "DEEMED_WITHDRAWN", "system", null);
	}

	@Transactional
	public void assign(Long requestId, String departmentCode, String actor) {
		if (departmentCode == null || !departments.existsById(departmentCode)) {
			throw new UnknownReference("departmentCode", departmentCode);
		}
		load(requestId).assign(departmentCode, clock.instant());
		log(requestId, "ASSIGNED", actor, departmentCode);
	}

	@Transactional
	public void recordProposal(Long requestId, String actor, ReplyType type, List<WithholdingReason> reasons,
			String note) {
		load(requestId).proposeReply(type, reasons, note, clock.instant());
		log(requestId, "REPLY_PROPOSED", actor, type.label());
	}

	@Transactional
	public void returnToHandler(Long requestId, String actor, String comment) {
		load(requestId).returnToHandler(clock.instant());
		log(requestId, "RETURNED", actor, comment);
	}

	@Transactional
	public void warnDueSoon(Long requestId) {
		log(requestId, "DUE_SOON", "system", String.valueOf(load(requestId).getReplyDueOn()));
	}

	@Transactional
	public void issueReply(Long requestId, String actor) {
		var request = load(requestId);
		request.issueReply(clock.instant());
		log(requestId, "REPLIED", actor, request.getReplyType().label());
	}

	@Transactional
	public void withdraw(Long requestId, String actor) {
		load(requestId).withdraw(clock.instant());
		log(requestId, "WITHDRAWN", actor, null);
	}

	/** Warning {@code warningWorkingDays} before the due date at 09:00; overdue from the day after it. */
	private Map<String, Object> replyTimers(LocalDate due) {
		var warning = due;
		for (int left = properties.warningWorkingDays(); left > 0;) {
			warning = warning.minusDays(1);
			if (calendar.isWorkingDay(warning)) {
				left--;
			}
		}
		return Map.of(DisclosureRequestProcess.REPLY_WARNING_AT, at(warning, LocalTime.of(9, 0)),
				DisclosureRequestProcess.REPLY_OVERDUE_AT, startOf(due.plusDays(1)));
	}

	private Date startOf(LocalDate day) {
		return at(day, LocalTime.MIDNIGHT);
	}

	private Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(properties.zone()).toInstant());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(properties.zone()));
	}

	private DisclosureRequest load(Long requestId) {
		return requests.findById(requestId)
			.orElseThrow(() -> new UnknownReference("requestId", String.valueOf(requestId)));
	}

	private void log(Long requestId, String type, String actor, String note) {
		log.log(requestId, type, actor, note);
	}
}
