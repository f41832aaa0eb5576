package org.gongkai.workflow.information;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.UnknownReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's 信息员 drafts an item: the draft and its process begin together. */
@Service
public class FileInformationReport {

	private final InformationReports reports;

	private final Departments departments;

	private final ReportLog log;

	private final RuntimeService runtime;

	private final Clock clock;

	FileInformationReport(InformationReports reports, Departments departments, ReportLog log, RuntimeService runtime,
			Clock clock) {
		this.reports = reports;
		this.departments = departments;
		this.log = log;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * Saves the draft for the author's unit and starts its process at the drafting task.
	 * @throws UnknownReference if the unit does not exist
	 */
	@Transactional
	public InformationReport draft(ReportContent content, String unitCode, String userId) {
		if (unitCode == null || !departments.existsById(unitCode)) {
			throw new UnknownReference("unitCode", unitCode);
		}
		var report = reports.save(new InformationReport(content, unitCode, userId, clock.instant()));
		var process = runtime.startProcessInstanceByKey(InformationReportProcess.KEY, String.valueOf(report.getId()),
				Map.of(InformationReportProcess.REPORT_ID, report.getId(), InformationReportProcess.UNIT_CODE, unitCode,
						InformationReportProcess.AUTHOR, userId));
		report.attachProcess(process.getId());
		log.log(report.getId(), "DRAFTED", userId, report.getTitle());
		return report;
	}
}
