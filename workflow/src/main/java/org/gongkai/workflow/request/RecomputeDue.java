package org.gongkai.workflow.request;

import java.util.Map;

import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computing a reply due date again when the calendar changed. */
@Service("recomputeDueAction")
public class RecomputeDue {

	private final RequestStepSupport support;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	RecomputeDue(RequestStepSupport support, WorkingDayCalendar calendar, RequestProperties properties) {
		this.support = support;
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * Computes the reply due date again from its parts (receipt, statutory period, finished pauses,
	 * extension) with the calendar as it is now; returns the new timer instants when it moved.
	 */
	@Transactional
	public java.util.Optional<Map<String, Object>> recomputeDue(Long requestId) {
		var request = support.load(requestId);
		if (request.getReceivedOn() == null || request.getReplyDueOn() == null || !request.getStatus().isOpen()
				|| request.getStatus() == RequestStatus.SUPPLEMENT_REQUESTED || request.getLaterDueOn() != null) {
			return java.util.Optional.empty();
		}
		var due = calendar.addWorkingDays(request.getReceivedOn(), properties.replyWorkingDays()
				+ request.getPausedWorkingDays() + request.getExtensionWorkingDays());
		if (due.due().equals(request.getReplyDueOn()) && due.provisional() == request.isReplyDueProvisional()) {
			return java.util.Optional.empty();
		}
		var before = request.getReplyDueOn();
		request.recomputed(due.due(), due.provisional(), support.now());
		support.log(requestId, "DUE_RECOMPUTED", "system", before + " → " + due.due());
		return java.util.Optional.of(support.replyTimers(due.due()));
	}
}
