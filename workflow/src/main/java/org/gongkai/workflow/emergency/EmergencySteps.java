package org.gongkai.workflow.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.information.ReportProperties;
import org.gongkai.workflow.information.ReportSteps;
import org.gongkai.workflow.scoring.ScoreFact;
import org.gongkai.workflow.scoring.ScoreFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an emergency event after it is filed: the unit's 续报 and 终报 (a late one is recorded as
 * 迟报 and deducted), the office's alerts when a report is overdue, 漏报 and 瞒报 (deducted), and closing
 * after the 终报; every step appends to the event's log.
 */
@Service
public class EmergencySteps {

	/** Channels of the deduction rules (report_scoring_rule, kind DEDUCTED, level CITY). */
	public static final String LATE = "LATE_EMERGENCY";

	public static final String MISSED = "MISSED_EMERGENCY";

	public static final String CONCEALED = "CONCEALED_EMERGENCY";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final EmergencyEvents events;

	private final SituationReports reports;

	private final ScoreFacts facts;

	private final CaseEvents log;

	private final RuntimeService runtime;

	private final EmergencyDeadlines deadlines;

	private final ReportProperties properties;

	private final Clock clock;

	EmergencySteps(EmergencyEvents events, SituationReports reports, ScoreFacts facts, CaseEvents log,
			RuntimeService runtime, EmergencyDeadlines deadlines, ReportProperties properties, Clock clock) {
		this.events = events;
		this.reports = reports;
		this.facts = facts;
		this.log = log;
		this.runtime = runtime;
		this.deadlines = deadlines;
		this.properties = properties;
		this.clock = clock;
	}

	public EmergencyEvent get(Long id) {
		return events.findById(id).orElseThrow(() -> new EmergencyEventNotFound(id));
	}

	/** The latest events, newest first: of one unit, or of every unit if {@code unitCode} is null. */
	public List<EmergencyEvent> recent(String unitCode) {
		return unitCode == null ? events.findTop200ByOrderByIdDesc() : events.findTop200ByUnitCodeOrderByIdDesc(unitCode);
	}

	public List<SituationReport> chainOf(Long eventId) {
		return reports.findByEventIdOrderBySeqAsc(eventId);
	}

	public List<CaseEvent> logOf(Long eventId) {
		return log.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.EMERGENCY_EVENT, eventId);
	}

	/** The score facts recorded against the event (迟报, 漏报, 瞒报). */
	public List<ScoreFact> deductionsOf(Long eventId) {
		return facts.findByEmergencyEventIdOrderByIdAsc(eventId);
	}

	/**
	 * Adds the unit's next report (初报 of an event registered without one, 续报 or 终报), timestamped now;
	 * a report after its due time is recorded as 迟报 and deducted. The event's process moves on.
	 */
	@Transactional
	public SituationReport file(Long eventId, SituationReportDetails details, String actor) {
		var event = get(eventId);
		var report = record(event, details, actor);
		var variables = new HashMap<String, Object>(nextReportVariables(event));
		variables.put(EmergencyInformationProcess.REPORT_KIND, report.getKind().name());
		runtime.createMessageCorrelation(EmergencyInformationProcess.MESSAGE_REPORT_FILED)
			.processInstanceId(event.getProcessInstanceId())
			.setVariables(variables)
			.correlate();
		return report;
	}

	/** Saves the report on the event, with its 迟报 fact if late; in the caller's transaction. */
	SituationReport record(EmergencyEvent event, SituationReportDetails details, String actor) {
		if (details == null || details.kind() == null || details.channel() == null) {
			throw new InvalidValue("channel", "emergency.situationReport.kindAndChannel");
		}
		if (details.content() == null || details.content().isBlank() || details.content().length() > 4000) {
			throw new InvalidValue("content", "emergency.situationReport.content");
		}
		for (var count : new Integer[] { details.deaths(), details.injured(), details.missing() }) {
			if (count != null && count < 0) {
				throw new InvalidValue("deaths", "emergency.situationReport.casualties");
			}
		}
		var now = clock.instant();
		var gradeBefore = event.getSeverity();
		var report = reports.save(event.report(details, actor, now, deadlines));
		log(event.getId(), "REPORT_" + report.getKind().name(), actor, channelLabel(report.getChannel()));
		if (event.getSeverity() != gradeBefore) {
			log(event.getId(), "SEVERITY_CHANGED", actor,
					gradeBefore.grade() + "级 → " + event.getSeverity().grade() + "级（" + kindLabel(report.getKind()) + "）");
		}
		if (report.isLate()) {
			var evidence = "紧急信息迟报：" + event.getName() + "（" + kindLabel(report.getKind()) + "，"
					+ channelLabel(report.getChannel()) + "，时限 " + format(report.getDueAt()) + "，报送 "
					+ format(report.getSubmittedAt()) + "）";
			deduct(event, LATE, evidence, "system");
			log(event.getId(), "REPORTED_LATE", "system", kindLabel(report.getKind()) + " 时限 " + format(report.getDueAt()));
		}
		return report;
	}

	/** The 初报's limit passed without one: the event is flagged and the office alerted. */
	@Transactional
	public void firstReportOverdue(Long eventId) {
		var event = get(eventId);
		event.firstReportOverdue();
		log(eventId, "FIRST_REPORT_OVERDUE", "system", "时限 " + format(event.getFirstReportDueAt()));
	}

	/** The next 续报 or 终报 is overdue: the office is alerted (the report is deducted as 迟报 when it comes). */
	@Transactional
	public void followUpOverdue(Long eventId) {
		var event = get(eventId);
		log(eventId, "FOLLOW_UP_OVERDUE", "system",
				event.getNextReportDueAt() == null ? null : "时限 " + format(event.getNextReportDueAt()));
	}

	/** The office records that the unit never reported the event (漏报): deducted, the event ends. */
	@Transactional
	public void missed(Long eventId, String actor, String comment) {
		var event = get(eventId);
		event.miss(actor, clock.instant());
		deduct(event, MISSED, "紧急信息漏报：" + event.getName() + "（发生于 " + format(event.getOccurredAt()) + "）", actor);
		log(eventId, "MISSED", actor, blank(comment) ? null : ReportSteps.truncate(comment.strip(), 2000));
	}

	/** The office records that the unit concealed facts of the event (瞒报), with the reason: deducted once. */
	@Transactional
	public void conceal(Long eventId, String reason, String actor) {
		if (blank(reason)) {
			throw new InvalidValue("reason", "emergency.concealment.reasonRequired");
		}
		var event = get(eventId);
		var text = ReportSteps.truncate(reason.strip(), 1000);
		event.conceal(text);
		deduct(event, CONCEALED, ReportSteps.truncate("紧急信息瞒报：" + event.getName() + "（" + text + "）", 500), actor);
		log(eventId, "CONCEALED", actor, text);
	}

	/** The office acknowledges the 终报 and closes the event. */
	@Transactional
	public void close(Long eventId, String actor, String comment) {
		get(eventId).close(actor, clock.instant());
		log(eventId, "CLOSED", actor, blank(comment) ? null : ReportSteps.truncate(comment.strip(), 2000));
	}

	/** Appends to the event's log, in the caller's transaction. */
	void log(Long eventId, String type, String actor, String note) {
		log.save(new CaseEvent(CaseType.EMERGENCY_EVENT, eventId, type, actor, clock.instant(), note));
	}

	/** The process variables of the next report's due time, after the event's latest report. */
	static Map<String, Object> nextReportVariables(EmergencyEvent event) {
		var variables = new HashMap<String, Object>();
		variables.put(EmergencyInformationProcess.FOLLOW_UP_REQUIRED, event.getNextReportDueAt() != null);
		variables.put(EmergencyInformationProcess.NEXT_REPORT_DUE_AT,
				event.getNextReportDueAt() == null ? null : Date.from(event.getNextReportDueAt()));
		return variables;
	}

	private void deduct(EmergencyEvent event, String channel, String evidence, String actor) {
		facts.save(ScoreFact.emergencyDeduction(channel, LocalDate.now(clock.withZone(properties.zone())),
				event.getUnitCode(), event.getId(), ReportSteps.truncate(evidence, 500), actor, clock.instant()));
	}

	private String format(java.time.Instant instant) {
		return instant == null ? "—" : TIME.format(instant.atZone(zone()));
	}

	private ZoneId zone() {
		return properties.zone();
	}

	static String kindLabel(SituationReportKind kind) {
		return switch (kind) {
			case FIRST -> "初报";
			case FOLLOW_UP -> "续报";
			case FINAL -> "终报";
		};
	}

	static String channelLabel(SituationReportChannel channel) {
		return channel == SituationReportChannel.PHONE ? "电话报告" : "书面报告";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
