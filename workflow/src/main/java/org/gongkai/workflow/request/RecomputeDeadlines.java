package org.gongkai.workflow.request;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.calendar.CalendarChanged;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps open requests' deadlines right when the working-day calendar learns a year's holidays: on a
 * {@link CalendarChanged} event, and at start-up (a new release may ship the data of a year that open
 * requests counted provisionally). Each request is recomputed in its own transaction; timers of a
 * paused clock stay parked until the pause ends.
 */
@Component
class RecomputeDeadlines {

	private static final Logger log = LoggerFactory.getLogger(RecomputeDeadlines.class);

	private final DisclosureRequests requests;

	private final RecomputeDue recomputeDue;

	private final RuntimeService runtime;

	private final ReplyClock clock;

	private final WorkingDayCalendar calendar;

	RecomputeDeadlines(DisclosureRequests requests, RecomputeDue recomputeDue, RuntimeService runtime, ReplyClock clock,
			WorkingDayCalendar calendar) {
		this.requests = requests;
		this.recomputeDue = recomputeDue;
		this.runtime = runtime;
		this.clock = clock;
		this.calendar = calendar;
	}

	@EventListener
	void calendarChanged(CalendarChanged changed) {
		recompute(changed.wasProvisional() ? requests.findByReplyDueProvisionalTrue()
				: requests.findByStatusIn(java.util.EnumSet.of(RequestStatus.RECEIVED, RequestStatus.HANDLING,
						RequestStatus.REVIEW, RequestStatus.CONSULTING, RequestStatus.AWAITING_FEE,
						RequestStatus.AWAITING_REASONS)));
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		recompute(requests.findByReplyDueProvisionalTrue()
			.stream()
			.filter(r -> calendar.isPublished(r.getReplyDueOn().getYear()))
			.toList());
	}

	private void recompute(java.util.List<DisclosureRequest> candidates) {
		int moved = 0;
		for (var request : candidates) {
			var timers = recomputeDue.recomputeDue(request.getId());
			if (timers.isPresent() && request.getProcessInstanceId() != null) {
				moved++;
				var active = runtime.createProcessInstanceQuery()
					.processInstanceId(request.getProcessInstanceId())
					.count() > 0;
				if (active) {
					runtime.setVariables(request.getProcessInstanceId(), timers.get());
					if (request.getPausedSince() == null) {
						clock.reschedule(request.getProcessInstanceId(), timers.get());
					}
				}
			}
		}
		if (moved > 0) {
			log.info("Recomputed the reply deadline of {} open requests after a calendar change", moved);
		}
	}
}
