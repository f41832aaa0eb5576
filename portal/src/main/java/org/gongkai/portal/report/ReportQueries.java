package org.gongkai.portal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.workflow.commission.Commission;
import org.gongkai.workflow.commission.CommissionItems;
import org.gongkai.workflow.information.InformationReport;
import org.gongkai.workflow.information.InformationReportProcess;
import org.gongkai.workflow.information.InformationReports;
import org.gongkai.workflow.information.ReportLog;
import org.gongkai.workflow.information.ReportNotFound;
import org.gongkai.workflow.information.ReportSteps;
import org.gongkai.workflow.information.SendReportToCatalogue;
import org.gongkai.workflow.scoring.ReportPeriod;
import org.gongkai.workflow.scoring.ReportScores;
import org.gongkai.workflow.scoring.ScoringEngine.ScoreLine;
import org.gongkai.workflow.supervision.InstructionSupervision;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads items, score lines and commissions for the API, the pages and the exports. The office, leaders
 * and administrators see every unit's; a unit's staff see the items their unit counts in (others are
 * answered as not found), their unit's score lines and commissions. Rankings (each unit's totals) are
 * public to every unit and read from {@link ReportScores} directly.
 */
@Component
class ReportQueries {

	private static final Set<String> SEE_ALL = Set.of(Roles.OFFICE_EDITOR, Roles.LEADER, Roles.ADMIN);

	private final InformationReports reports;

	private final ReportSteps steps;

	private final InstructionSupervision supervision;

	private final ReportLog log;

	private final TaskInbox inbox;

	private final SendReportToCatalogue catalogue;

	private final ReportScores scores;

	private final CommissionItems commissions;

	ReportQueries(InformationReports reports, ReportSteps steps, InstructionSupervision supervision, ReportLog log,
			TaskInbox inbox, SendReportToCatalogue catalogue, ReportScores scores, CommissionItems commissions) {
		this.scores = scores;
		this.commissions = commissions;
		this.catalogue = catalogue;
		this.reports = reports;
		this.steps = steps;
		this.supervision = supervision;
		this.log = log;
		this.inbox = inbox;
	}

	@Transactional(readOnly = true)
	public ReportView view(Long id, CurrentUser user) {
		var report = visible(id, user);
		var carried = steps.adoptionsOf(id)
			.stream()
			.map(e -> new ReportView.Carried(e.getValue().getId(), e.getValue().label(),
					e.getValue().getPublication().name(), e.getKey().getAdoptedOn()))
			.toList();
		var instructions = supervision.instructionsOf(id);
		var supervisions = supervision.supervisionsOf(instructions);
		var tasks = new ArrayList<TaskView>(inbox.openTasksOf(InformationReportProcess.KEY, String.valueOf(id)));
		tasks.addAll(inbox.openTasksOf(InformationReportProcess.SUPERVISION_KEY, String.valueOf(id)));
		return ReportView.of(report, carried,
				instructions.stream().map(i -> ReportView.Instruction.of(i, supervisions)).toList(),
				log.of(id).stream().map(ReportView.Event::of).toList(), tasks,
				catalogue.itemOf(id).orElse(null));
	}

	/** The latest items the user may see, newest first. */
	@Transactional(readOnly = true)
	public List<InformationReport> recent(CurrentUser user) {
		return reports.findTop200ByOrderByIdDesc().stream().filter(r -> maySee(r, user)).toList();
	}

	@Transactional(readOnly = true)
	public InformationReport visible(Long id, CurrentUser user) {
		var found = reports.findByIdIn(List.of(id));
		if (found.isEmpty() || !maySee(found.get(0), user)) {
			throw new ReportNotFound(id);
		}
		return found.get(0);
	}

	/** The period's score lines the user may see: every unit's for the office, else the own unit's. */
	@Transactional(readOnly = true)
	public List<ScoreLine> scoreLines(ReportPeriod period, CurrentUser user) {
		var lines = scores.lines(period.from(), period.to());
		if (seesAll(user)) {
			return lines;
		}
		return lines.stream().filter(line -> line.unit().equals(user.department())).toList();
	}

	/** The latest commissions the user may see: to every unit for the office, else to the own unit. */
	@Transactional(readOnly = true)
	public List<Commission> commissions(CurrentUser user) {
		if (seesAll(user)) {
			return commissions.recent();
		}
		return user.department() == null ? List.of() : commissions.recentOf(user.department());
	}

	/** Whether the user sees every unit's items (the office, leaders, administrators). */
	static boolean seesAll(CurrentUser user) {
		return user.roles().stream().anyMatch(SEE_ALL::contains);
	}

	static boolean maySee(InformationReport report, CurrentUser user) {
		return seesAll(user) || (user.department() != null && report.getUnits().contains(user.department()));
	}
}
