package org.gongkai.portal.annual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.workflow.annual.AnnualReport;
import org.gongkai.workflow.annual.AnnualReportDraft;
import org.gongkai.workflow.annual.AnnualReportStatus;
import org.gongkai.workflow.annual.AnnualReportTables;
import org.gongkai.workflow.annual.AnnualReports;
import org.gongkai.workflow.annual.CheckFailure;
import org.gongkai.workflow.annual.FeeFigures;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.portal.system.AgencyProperties;
import org.springframework.stereotype.Component;

/** Everything a page, the API or a download shows of one year's report for one agency. */
public record AnnualReportView(int year, String agency, String agencyName, AnnualReportStatus status, LocalDate due,
		AnnualReportTables tables, AnnualReportDraft draft, List<CheckFailure> failures, Long catalogueItemId,
		List<CaseEvent> events) {

	public boolean published() {
		return status == AnnualReportStatus.PUBLISHED;
	}

	public boolean underReview() {
		return status == AnnualReportStatus.UNDER_REVIEW;
	}

	/** Under review or published: the tables are those frozen at submission, nothing is edited. */
	public boolean frozen() {
		return status != AnnualReportStatus.DRAFT;
	}

	/** Why the review returned the draft the office now edits, or null if it was not returned. */
	public String returnReason() {
		if (status != AnnualReportStatus.DRAFT || events.isEmpty()) {
			return null;
		}
		var last = events.get(events.size() - 1);
		return "RETURNED".equals(last.getType()) ? java.util.Objects.requireNonNullElse(last.getNote(), "") : null;
	}

	public String title() {
		return agencyName + year + "年政府信息公开工作年度报告";
	}

	public List<TableGrid> grids() {
		return AnnualReportLayout.grids(tables);
	}

	/** The six sections in order, with the fee figures written into 六 as a sentence and a table. */
	public List<AnnualReportFiles.Section> sections() {
		var grids = grids();
		var sections = new ArrayList<AnnualReportFiles.Section>();
		sections.add(new AnnualReportFiles.Section(AnnualReportLayout.SECTION_1, nullToEmpty(draft.overview()), null));
		sections.add(new AnnualReportFiles.Section(AnnualReportLayout.SECTION_2, null, grids.get(0)));
		sections.add(new AnnualReportFiles.Section(AnnualReportLayout.SECTION_3, null, grids.get(1)));
		sections.add(new AnnualReportFiles.Section(AnnualReportLayout.SECTION_4, null, grids.get(2)));
		sections.add(new AnnualReportFiles.Section(AnnualReportLayout.SECTION_5, nullToEmpty(draft.problems()), null));
		sections.add(new AnnualReportFiles.Section(AnnualReportLayout.SECTION_6,
				fees() + "\n" + nullToEmpty(draft.otherMatters()), grids.get(3)));
		return sections;
	}

	/** Section 六's sentence on information-processing fees, from the figures the system computed. */
	public String fees() {
		var fees = tables.fees();
		if (fees.noticesIssued() == 0 && fees.collectedYuan().signum() == 0) {
			return "本年度未发出信息处理费收费通知，未收取信息处理费。";
		}
		return "本年度发出信息处理费收费通知" + fees.noticesIssued() + "件，收费通知金额" + yuan(fees.amountYuan())
				+ "元，实际收取" + yuan(fees.collectedYuan()) + "元。";
	}

	/** Whether the fee figures were computed from the fee notices (else typed, in a report published before). */
	public boolean feesComputed() {
		return FeeFigures.FROM_NOTICES.equals(tables.fees().source());
	}

	/** Plain text of the whole report, for the catalogue item and the search index. */
	public String plainText() {
		var text = new StringBuilder();
		for (var section : sections()) {
			text.append(section.heading()).append('\n');
			if (section.text() != null) {
				text.append(section.text()).append('\n');
			}
			if (section.grid() != null) {
				for (var cells : section.grid().rows()) {
					text.append(String.join(" ", cells.stream().map(TableGrid.Cell::text).filter(t -> !t.isEmpty()).toList()))
						.append('\n');
				}
			}
		}
		return text.toString();
	}

	private static String yuan(java.math.BigDecimal amount) {
		return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** Builds views from the workflow's report services. */
	@Component
	static class Factory {

		private final GenerateAnnualReport generate;

		private final Departments departments;

		private final AgencyProperties agencyProperties;

		Factory(GenerateAnnualReport generate, Departments departments, AgencyProperties agencyProperties) {
			this.generate = generate;
			this.departments = departments;
			this.agencyProperties = agencyProperties;
		}

		AnnualReportView of(int year, String agency) {
			var tables = generate.tables(year, agency);
			var report = generate.report(year, agency);
			var status = report.map(AnnualReport::getStatus).orElse(AnnualReportStatus.DRAFT);
			return new AnnualReportView(year, agency, agencyName(agency), status,
					generate.dueOf(year, agency), tables, generate.draft(year, agency),
					status == AnnualReportStatus.DRAFT ? generate.check(year, agency) : List.of(),
					report.map(AnnualReport::getCatalogueItemId).orElse(null), generate.events(year, agency));
		}

		String agencyName(String agency) {
			return AnnualReports.GOVERNMENT.equals(agency) ? agencyProperties.name()
					: departments.findById(agency).map(d -> d.getName()).orElse(agency);
		}

		/**
		 * The government first, then every department and district in the order of the agency tree: the
		 * agencies a report can be made for (a district's covers its departments).
		 */
		List<Agency> agencies() {
			var list = new ArrayList<Agency>();
			list.add(new Agency(AnnualReports.GOVERNMENT, agencyProperties.name()));
			departments.tree()
				.all()
				.stream()
				.filter(d -> !d.isGovernment())
				.forEach(d -> list.add(new Agency(d.getCode(), d.getName())));
			return list;
		}
	}

	public record Agency(String code, String name) {
	}
}
