package org.gongkai.portal.emergency;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.gongkai.portal.report.ReportView;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.workflow.emergency.EmergencyDeadlines;
import org.gongkai.workflow.emergency.EmergencyEvent;
import org.gongkai.workflow.emergency.EmergencyEventNotFound;
import org.gongkai.workflow.emergency.EmergencyInformationProcess;
import org.gongkai.workflow.emergency.EmergencySteps;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads emergency events for the API and the pages. The office, leaders and administrators see every
 * event; a unit's staff see their unit's events (others are answered as not found).
 */
@Component
class EmergencyQueries {

	private static final Set<String> SEE_ALL = Set.of(Roles.OFFICE_EDITOR, Roles.LEADER, Roles.ADMIN);

	private final EmergencySteps steps;

	private final EmergencyDeadlines deadlines;

	private final TaskInbox inbox;

	private final Clock clock;

	EmergencyQueries(EmergencySteps steps, EmergencyDeadlines deadlines, TaskInbox inbox, Clock clock) {
		this.steps = steps;
		this.deadlines = deadlines;
		this.inbox = inbox;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public EmergencyView view(Long id, CurrentUser user) {
		var event = visible(id, user);
		return EmergencyView.of(event, deadlines, clock.instant(), steps.chainOf(id), steps.deductionsOf(id),
				steps.logOf(id).stream().map(ReportView.Event::of).toList(),
				inbox.openTasksOf(EmergencyInformationProcess.KEY, String.valueOf(id)));
	}

	/** The latest events the user may see, newest first. */
	@Transactional(readOnly = true)
	public List<EmergencyView.Summary> recent(CurrentUser user) {
		var now = clock.instant();
		List<EmergencyEvent> events = seesAll(user) ? steps.recent(null)
				: user.department() == null ? List.of() : steps.recent(user.department());
		return events.stream().map(e -> EmergencyView.Summary.of(e, now)).toList();
	}

	@Transactional(readOnly = true)
	public EmergencyEvent visible(Long id, CurrentUser user) {
		var event = steps.get(id);
		if (!seesAll(user) && (user.department() == null || !user.department().equals(event.getUnitCode()))) {
			throw new EmergencyEventNotFound(id);
		}
		return event;
	}

	/** Whether the user may file reports on the event: the clerks of its unit. */
	static boolean mayReport(EmergencyEvent event, CurrentUser user) {
		return user.hasRole(Roles.CLERK) && event.getUnitCode().equals(user.department());
	}

	static boolean seesAll(CurrentUser user) {
		return user.roles().stream().anyMatch(SEE_ALL::contains);
	}
}
