package org.gongkai.workflow.annual;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.EditDraft;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.PublicationProperties;
import org.gongkai.workflow.publication.SubmitDraft;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office submits a year's report for publication: every check of SPEC §3 must hold; the tables are
 * frozen and the report's catalogue item (column 政府信息公开年报) enters the ordinary publication
 * process — 保密审查, the department head (for the government's report the general office's head), the
 * ⚙ approval levels and for the government's report ⚙ {@code government-approval-levels}. The report is
 * published when that review approves it, and back in draft when it returns it
 * ({@link AnnualReportReview}).
 */
@Service
public class SubmitAnnualReport {

	/** The catalogue column of annual reports (SPEC §4.4). */
	public static final String COLUMN = "annual-report";

	private final AnnualReports reports;

	private final GenerateAnnualReport generate;

	private final DraftCatalogueItem draftItem;

	private final EditDraft editItem;

	private final SubmitDraft submitItem;

	private final Departments departments;

	private final PublicationProperties publication;

	private final AnnualReportProperties properties;

	private final CaseEvents events;

	private final Clock clock;

	SubmitAnnualReport(AnnualReports reports, GenerateAnnualReport generate, DraftCatalogueItem draftItem,
			EditDraft editItem, SubmitDraft submitItem, Departments departments, PublicationProperties publication,
			AnnualReportProperties properties, CaseEvents events, Clock clock) {
		this.reports = reports;
		this.generate = generate;
		this.draftItem = draftItem;
		this.editItem = editItem;
		this.submitItem = submitItem;
		this.departments = departments;
		this.publication = publication;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param render writes the catalogue item (title, plain-text body, issuer) from the tables and the
	 * office's entries
	 * @throws AnnualReportNotPublishable naming every cell that fails a check
	 * @throws AnnualReportUnderReview if it was submitted and the review has not returned it
	 * @throws AnnualReportAlreadyPublished if it was published before
	 */
	@Transactional
	public AnnualReport submit(int year, String agency, String actor,
			BiFunction<AnnualReportTables, AnnualReportDraft, ItemContent> render) {
		generate.requireAgency(agency);
		var now = clock.instant();
		var report = reports.findByYearAndAgency(year, agency)
			.orElseGet(() -> reports.save(new AnnualReport(year, agency, actor, now)));
		if (report.isPublished()) {
			throw new AnnualReportAlreadyPublished(year, agency);
		}
		if (report.getStatus() == AnnualReportStatus.UNDER_REVIEW) {
			throw new AnnualReportUnderReview(year, agency);
		}
		var draft = report.draft();
		var tables = generate.compute(year, agency, draft);
		var failures = AnnualReportChecks.check(tables, draft, generate.carriedOut(year - 1, agency));
		if (!failures.isEmpty()) {
			throw new AnnualReportNotPublishable(year, agency, failures);
		}
		var content = render.apply(tables, draft);
		report.submit(AnnualReportJson.write(tables), actor, now);
		if (report.getCatalogueItemId() == null) {
			var item = draftItem.forAnnualReport(content, department(agency), actor, report.getId(),
					approvalLevels(agency));
			report.carriedBy(item.getId());
		}
		else {
			editItem.edit(report.getCatalogueItemId(), content, actor);
		}
		submitItem.submitAs(report.getCatalogueItemId(), actor);
		events.save(new CaseEvent(CaseType.ANNUAL_REPORT, report.getId(), "SUBMITTED", actor, now, null));
		return report;
	}

	/** The government's report is the general office's item; a department's report is its own. */
	private String department(String agency) {
		if (!AnnualReports.GOVERNMENT.equals(agency)) {
			return agency;
		}
		return departments.findAll()
			.stream()
			.filter(Department::isGeneralOffice)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no general office department"))
			.getCode();
	}

	/** The ordinary ⚙ levels; for the government's report followed by its own, each group once, in order. */
	List<String> approvalLevels(String agency) {
		if (!AnnualReports.GOVERNMENT.equals(agency)) {
			return publication.approvalLevels();
		}
		var levels = new ArrayList<>(publication.approvalLevels());
		levels.removeAll(properties.governmentApprovalLevels());
		levels.addAll(properties.governmentApprovalLevels());
		return levels;
	}
}
