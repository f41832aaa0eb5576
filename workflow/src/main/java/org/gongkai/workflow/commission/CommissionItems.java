package org.gongkai.workflow.commission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.information.InformationReportProcess;
import org.gongkai.workflow.information.InformationReports;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.information.ReportProperties;
import org.gongkai.workflow.information.ReportSteps;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.scoring.FactKind;
import org.gongkai.workflow.scoring.ScoreFact;
import org.gongkai.workflow.scoring.ScoreFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 约稿: the office commissions units for an item on a topic by a deadline (one process per unit); a
 * unit answers with an item of its own that has reached the office; a missed deadline is deducted.
 */
@Service
public class CommissionItems {

	private final Commissions commissions;

	private final InformationReports reports;

	private final ScoreFacts facts;

	private final Departments departments;

	private final CaseEvents events;

	private final RuntimeService runtime;

	private final Clock clock;

	private final ReportProperties properties;

	CommissionItems(Commissions commissions, InformationReports reports, ScoreFacts facts, Departments departments,
			CaseEvents events, RuntimeService runtime, Clock clock, ReportProperties properties) {
		this.commissions = commissions;
		this.reports = reports;
		this.facts = facts;
		this.departments = departments;
		this.events = events;
		this.runtime = runtime;
		this.clock = clock;
		this.properties = properties;
	}

	@Transactional
	public List<Commission> commission(String topic, List<String> units, Instant dueAt, String actor) {
		if (topic == null || topic.isBlank()) {
			throw new InvalidValue("topic", "commission.topic.required");
		}
		if (units == null || units.isEmpty()) {
			throw new InvalidValue("units", "commission.units.required");
		}
		if (dueAt == null || !dueAt.isAfter(clock.instant())) {
			throw new InvalidValue("dueAt", "commission.dueAt.future");
		}
		var created = new ArrayList<Commission>();
		for (var unit : new LinkedHashSet<>(units)) {
			if (!departments.existsById(unit)) {
				throw new UnknownReference("units", unit);
			}
			var commission = commissions.save(new Commission(unit, ReportSteps.truncate(topic.strip(), 500), dueAt,
					actor, clock.instant()));
			runtime.startProcessInstanceByKey(InformationReportProcess.COMMISSION_KEY, "C" + commission.getId(),
					Map.of(InformationReportProcess.COMMISSION_ID, commission.getId(), InformationReportProcess.UNIT_CODE,
							unit, InformationReportProcess.COMMISSION_DUE_AT, Date.from(dueAt)));
			log(commission.getId(), "COMMISSIONED", actor, unit + "：" + commission.getTopic());
			created.add(commission);
		}
		return created;
	}

	/** The unit answers with one of its items that has reached the office (submitted or further). */
	@Transactional
	public void answer(Long commissionId, Long reportId, String actor) {
		var commission = get(commissionId);
		var report = reportId == null ? null : reports.findByIdIn(List.of(reportId)).stream().findFirst().orElse(null);
		if (report == null || !report.getUnits().contains(commission.getUnitCode()) || report.getSubmittedAt() == null) {
			throw new InvalidValue("reportId", "commission.answer.invalid");
		}
		commission.answer(reportId, clock.instant());
		log(commissionId, "COMMISSION_ANSWERED", actor, "#" + reportId);
	}

	/** The deadline passed: the unit is deducted. */
	@Transactional
	public void missed(Long commissionId) {
		var commission = get(commissionId);
		commission.miss();
		facts.save(new ScoreFact(FactKind.DEDUCTED, Level.CITY, "MISSED_COMMISSION",
				LocalDate.now(clock.withZone(properties.zone())), null, commission.getUnitCode(), null, null,
				ReportSteps.truncate("约稿未按时报送：" + commission.getTopic(), 500), "system", clock.instant()));
		log(commissionId, "COMMISSION_MISSED", "system", commission.getUnitCode());
	}

	/** The latest commissions to every unit, newest first (for the office). */
	public List<Commission> recent() {
		return commissions.findTop100ByOrderByIdDesc();
	}

	/** The latest commissions to one unit, newest first. */
	public List<Commission> recentOf(String unitCode) {
		return commissions.findTop100ByUnitCodeOrderByIdDesc(unitCode);
	}

	private Commission get(Long id) {
		return commissions.findById(id).orElseThrow(() -> new InvalidValue("commissionId", "commission.unknown", String.valueOf(id)));
	}

	private void log(Long commissionId, String type, String actor, String note) {
		events.save(new CaseEvent(CaseType.REPORT_COMMISSION, commissionId, type, actor, clock.instant(), note));
	}
}
