package org.gongkai.workflow.request;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Keeps the process's reply timers in step with the request's due date: parks them while the clock
 * is paused (consultation, unpaid fee) and moves them when the due date moves (extension, end of a
 * pause). Each change is a single update of the timer job, so it can run inside the delegate's
 * command without conflicting with itself. The timers are the jobs of {@code BoundaryEvent_ReplyDueSoon} and
 * {@code BoundaryEvent_ReplyOverdue}; a timer that has already fired is not re-armed.
 */
@Component
public class ReplyClock {

	static final String DUE_SOON = "BoundaryEvent_ReplyDueSoon";

	static final String OVERDUE = "BoundaryEvent_ReplyOverdue";

	private final ManagementService management;

	ReplyClock(ManagementService management) {
		this.management = management;
	}

	/** Timers of a paused clock wait here until {@link #reschedule} moves them back. */
	static final Date PARKED = Date.from(java.time.Instant.parse("2999-12-31T00:00:00Z"));

	public void pause(String processInstanceId) {
		timers(processInstanceId).forEach((activity, jobId) -> management.setJobDuedate(jobId, PARKED));
	}

	/** Moves the timers to the instants in {@code variables} (as returned by the request's action classes) and runs them. */
	public void reschedule(String processInstanceId, Map<String, Object> variables) {
		timers(processInstanceId).forEach((activity, jobId) -> {
			var at = (Date) variables.get(DUE_SOON.equals(activity) ? DisclosureRequestProcess.REPLY_WARNING_AT
					: DisclosureRequestProcess.REPLY_OVERDUE_AT);
			management.setJobDuedate(jobId, at);
		});
	}

	private Map<String, String> timers(String processInstanceId) {
		var timers = new java.util.HashMap<String, String>();
		management.createJobQuery()
			.processInstanceId(processInstanceId)
			.timers()
			.list()
			.forEach(job -> {
				var activity = management.createJobDefinitionQuery()
					.jobDefinitionId(job.getJobDefinitionId())
					.singleResult()
					.getActivityId();
				if (DUE_SOON.equals(activity) || OVERDUE.equals(activity)) {
					timers.put(activity, job.getId());
				}
			});
		return timers;
	}
}
