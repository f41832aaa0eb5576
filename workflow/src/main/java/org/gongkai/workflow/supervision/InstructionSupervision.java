package org.gongkai.workflow.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.information.InformationReportProcess;
import org.gongkai.workflow.information.InformationReports;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.information.ReportLog;
import org.gongkai.workflow.information.ReportNotFound;
import org.gongkai.workflow.information.ReportNotInExpectedState;
import org.gongkai.workflow.information.ReportProperties;
import org.gongkai.workflow.information.ReportSteps;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.scoring.FactKind;
import org.gongkai.workflow.scoring.ScoreFact;
import org.gongkai.workflow.scoring.ScoreFacts;
import org.gongkai.workflow.scoring.ScoringRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领导批示 on adopted items and their 督办: the office records an instruction, relays it to the
 * responsible units with a feedback due time (one supervision process per unit); feedback closes a
 * unit's 督办, missing the due time deducts points from that unit and escalates to the office.
 */
@Service
public class InstructionSupervision {

	private final InformationReports reports;

	private final ReportInstructions instructions;

	private final Supervisions supervisions;

	private final ScoreFacts facts;

	private final Departments departments;

	private final ReportLog log;

	private final RuntimeService runtime;

	private final Clock clock;

	private final ReportProperties properties;

	InstructionSupervision(InformationReports reports, ReportInstructions instructions, Supervisions supervisions,
			ScoreFacts facts, Departments departments, ReportLog log, RuntimeService runtime, Clock clock,
			ReportProperties properties) {
		this.reports = reports;
		this.instructions = instructions;
		this.supervisions = supervisions;
		this.facts = facts;
		this.departments = departments;
		this.log = log;
		this.runtime = runtime;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Records the instruction (its bonus is scored for the item's units) and starts a 督办 for each
	 * responsible unit (default: the item's units).
	 */
	@Transactional
	public ReportInstruction instruct(Long reportId, Level leaderLevel, String leaderName, String text,
			LocalDate instructedOn, Instant feedbackDueAt, List<String> units, String actor) {
		var report = reports.findById(reportId).orElseThrow(() -> new ReportNotFound(reportId));
		if (!report.isAdopted()) {
			throw new ReportNotInExpectedState(reportId, report.getStatus(), "receive a leader's instruction");
		}
		if (leaderLevel == null || isBlank(leaderName) || isBlank(text) || instructedOn == null) {
			throw new InvalidValue("text", "supervision.instruction.required");
		}
		if (feedbackDueAt == null || !feedbackDueAt.isAfter(clock.instant())) {
			throw new InvalidValue("feedbackDueAt", "supervision.feedbackDueAt.future");
		}
		var responsible = new LinkedHashSet<>(units == null || units.isEmpty() ? report.getUnits() : units);
		for (var unit : responsible) {
			if (!departments.existsById(unit)) {
				throw new UnknownReference("units", unit);
			}
		}
		var instruction = instructions.save(new ReportInstruction(reportId, leaderLevel, leaderName.strip(),
				text.strip(), instructedOn, feedbackDueAt, actor));
		var label = leaderLevel.name() + " 领导批示（" + leaderName.strip() + "，" + instructedOn + "）";
		facts.save(new ScoreFact(FactKind.INSTRUCTED, leaderLevel, ScoringRule.ANY, instructedOn, reportId, null, null,
				instruction.getId(), ReportSteps.evidence(label, text.strip()), actor, clock.instant()));
		log.log(reportId, "INSTRUCTED", actor, ReportSteps.truncate(label + "：" + text.strip(), 2000));
		for (var unit : responsible) {
			var supervision = supervisions.save(new Supervision(instruction.getId(), unit, feedbackDueAt));
			runtime.startProcessInstanceByKey(InformationReportProcess.SUPERVISION_KEY, String.valueOf(reportId),
					Map.of(InformationReportProcess.SUPERVISION_ID, supervision.getId(),
							InformationReportProcess.REPORT_ID, reportId, InformationReportProcess.UNIT_CODE, unit,
							InformationReportProcess.FEEDBACK_DUE_AT, Date.from(feedbackDueAt)));
			log.log(reportId, "SUPERVISION_STARTED", actor, unit + " 反馈期限 " + feedbackDueAt);
		}
		return instruction;
	}

	@Transactional
	public void feedback(Long supervisionId, String text, String actor) {
		if (isBlank(text)) {
			throw new InvalidValue("feedback", "supervision.feedback.required");
		}
		var supervision = supervision(supervisionId);
		supervision.feedback(ReportSteps.truncate(text.strip(), 2000), actor, clock.instant());
		log.log(reportIdOf(supervision), "FEEDBACK_RECEIVED", actor,
				supervision.getUnitCode() + "：" + ReportSteps.truncate(text.strip(), 1900));
	}

	/** The due time passed without feedback: the unit is deducted and the office must chase it. */
	@Transactional
	public void overdue(Long supervisionId) {
		var supervision = supervision(supervisionId);
		supervision.overdue();
		var today = LocalDate.now(clock.withZone(properties.zone()));
		var reportId = reportIdOf(supervision);
		facts.save(new ScoreFact(FactKind.DEDUCTED, Level.CITY, "LATE_FEEDBACK", today, reportId,
				supervision.getUnitCode(), null, supervision.getInstructionId(),
				"批示督办反馈逾期：" + supervision.getUnitCode() + "，期限 " + supervision.getDueAt(), "system",
				clock.instant()));
		log.log(reportId, "FEEDBACK_OVERDUE", "system", supervision.getUnitCode());
	}

	public List<ReportInstruction> instructionsOf(Long reportId) {
		return instructions.findByReportIdOrderByIdAsc(reportId);
	}

	public List<Supervision> supervisionsOf(List<ReportInstruction> of) {
		return of.isEmpty() ? List.of()
				: supervisions.findByInstructionIdInOrderByIdAsc(of.stream().map(ReportInstruction::getId).toList());
	}

	private Supervision supervision(Long id) {
		return supervisions.findById(id).orElseThrow(() -> new InvalidValue("supervisionId", "supervision.unknown", String.valueOf(id)));
	}

	private Long reportIdOf(Supervision supervision) {
		return instructions.findById(supervision.getInstructionId()).orElseThrow().getReportId();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
