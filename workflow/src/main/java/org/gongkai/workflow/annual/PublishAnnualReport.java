package org.gongkai.workflow.annual;

import java.time.Clock;
import java.util.function.BiFunction;

import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.PublishOfficeItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a year's report: every check of SPEC §3 must hold; the tables are frozen and the report
 * enters the public catalogue under 政府信息公开年报 (and its search index) in the same transaction.
 */
@Service
public class PublishAnnualReport {

	/** The catalogue column of annual reports (SPEC §4.4). */
	public static final String COLUMN = "annual-report";

	private final AnnualReports reports;

	private final GenerateAnnualReport generate;

	private final PublishOfficeItem publishItem;

	private final Departments departments;

	private final Clock clock;

	PublishAnnualReport(AnnualReports reports, GenerateAnnualReport generate, PublishOfficeItem publishItem,
			Departments departments, Clock clock) {
		this.reports = reports;
		this.generate = generate;
		this.publishItem = publishItem;
		this.departments = departments;
		this.clock = clock;
	}

	/**
	 * @param render writes the catalogue item (title, plain-text body, issuer) from the tables and the
	 * office's entries
	 * @throws AnnualReportNotPublishable naming every cell that fails a check
	 * @throws AnnualReportAlreadyPublished if it was published before
	 */
	@Transactional
	public AnnualReport publish(int year, String agency, String actor,
			BiFunction<AnnualReportTables, AnnualReportDraft, ItemContent> render) {
		generate.requireAgency(agency);
		var now = clock.instant();
		var report = reports.findByYearAndAgency(year, agency)
			.orElseGet(() -> reports.save(new AnnualReport(year, agency, actor, now)));
		if (report.isPublished()) {
			throw new AnnualReportAlreadyPublished(year, agency);
		}
		var draft = report.draft();
		var tables = generate.compute(year, agency, draft);
		var failures = AnnualReportChecks.check(tables, draft, generate.carriedOut(year - 1, agency));
		if (!failures.isEmpty()) {
			throw new AnnualReportNotPublishable(year, agency, failures);
		}
		var department = AnnualReports.GOVERNMENT.equals(agency) ? departments.findAll()
			.stream()
			.filter(Department::isGeneralOffice)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no general office department"))
			.getCode() : agency;
		var item = publishItem.publish(render.apply(tables, draft), department, actor);
		report.publish(AnnualReportJson.write(tables), item.getId(), actor, now);
		return report;
	}
}
