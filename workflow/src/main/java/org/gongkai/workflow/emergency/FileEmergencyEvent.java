package org.gongkai.workflow.emergency;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.UnknownReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit files an emergency event, usually with its 初报 (or the office registers one it learned of,
 * for the unit to report on): the event, its first report and its process begin together.
 */
@Service
public class FileEmergencyEvent {

	/** Clocks of the unit and the server differ a little; a time further ahead than this is refused. */
	private static final Duration SKEW = Duration.ofMinutes(5);

	/**
	 * An event is reported within hours; one the office learns of late (a 漏报) is still registered, but
	 * not one that occurred more than a year ago: that is a typing error (year 1), not an emergency.
	 */
	static final Duration EARLIEST = Duration.ofDays(366);

	private final EmergencyEvents events;

	private final EmergencySteps steps;

	private final Departments departments;

	private final RuntimeService runtime;

	private final EmergencyDeadlines deadlines;

	private final Clock clock;

	FileEmergencyEvent(EmergencyEvents events, EmergencySteps steps, Departments departments, RuntimeService runtime,
			EmergencyDeadlines deadlines, Clock clock) {
		this.events = events;
		this.steps = steps;
		this.departments = departments;
		this.runtime = runtime;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/**
	 * Saves the event for the unit with its 初报 (if given), records the 初报's lateness, and starts the
	 * event's process: waiting for the 初报 (alerting the office when its limit passes) or for the next report.
	 * @throws UnknownReference if the unit does not exist
	 * @throws InvalidValue for times in the future or more than a year ago, a 知悉时间 before the occurrence,
	 *         or a text longer than {@link EmergencyLimits} allows
	 */
	@Transactional
	public EmergencyEvent file(EmergencyEventDetails details, SituationReportDetails firstReport, String unitCode,
			String userId) {
		if (unitCode == null || !departments.existsById(unitCode)) {
			throw new UnknownReference("unitCode", unitCode);
		}
		var now = clock.instant();
		if (details.occurredAt() == null || details.occurredAt().isAfter(now.plus(SKEW))
				|| details.occurredAt().isBefore(now.minus(EARLIEST))) {
			throw new InvalidValue("occurredAt", "emergency.occurredAt.window", EARLIEST.toDays());
		}
		if (details.learnedAt() != null
				&& (details.learnedAt().isBefore(details.occurredAt()) || details.learnedAt().isAfter(now.plus(SKEW)))) {
			throw new InvalidValue("learnedAt", "emergency.learnedAt.window");
		}
		EmergencyLimits.check(details);
		if (firstReport != null && firstReport.kind() != SituationReportKind.FIRST) {
			throw new InvalidValue("firstReport", "emergency.firstReport.kind");
		}
		var event = events.save(new EmergencyEvent(details, unitCode, userId, now, deadlines));
		steps.log(event.getId(), "REGISTERED", userId, event.getSeverity().grade() + " · " + event.getName());
		if (firstReport != null) {
			steps.record(event, firstReport, userId);
		}
		var variables = new HashMap<String, Object>();
		variables.put(EmergencyInformationProcess.EVENT_ID, event.getId());
		variables.put(EmergencyInformationProcess.UNIT_CODE, unitCode);
		variables.put(EmergencyInformationProcess.FIRST_REPORTED, firstReport != null);
		variables.put(EmergencyInformationProcess.FIRST_REPORT_DUE_AT, Date.from(event.getFirstReportDueAt()));
		variables.putAll(EmergencySteps.nextReportVariables(event));
		var process = runtime.startProcessInstanceByKey(EmergencyInformationProcess.KEY, String.valueOf(event.getId()),
				variables);
		event.attachProcess(process.getId());
		return event;
	}
}
