package org.gongkai.portal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.workflow.report.InformationReport;
import org.gongkai.workflow.report.InformationReportProcess;
import org.gongkai.workflow.report.InformationReports;
import org.gongkai.workflow.report.InstructionSupervision;
import org.gongkai.workflow.report.ReportLog;
import org.gongkai.workflow.report.ReportNotFound;
import org.gongkai.workflow.report.ReportSteps;
import org.gongkai.workflow.report.SendReportToCatalogue;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads items for the API and the pages. The office, leaders and administrators see every item; a
 * unit's staff see the items their unit counts in (others are answered as not found).
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

	ReportQueries(InformationReports reports, ReportSteps steps, InstructionSupervision supervision, ReportLog log,
			TaskInbox inbox, SendReportToCatalogue catalogue) {
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

	/** Whether the user sees every unit's items (the office, leaders, administrators). */
	static boolean seesAll(CurrentUser user) {
		return user.roles().stream().anyMatch(SEE_ALL::contains);
	}

	static boolean maySee(InformationReport report, CurrentUser user) {
		return seesAll(user) || (user.department() != null && report.getUnits().contains(user.department()));
	}
}
