package org.gongkai.workflow.annual;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office saves what it entered for a year's report; a published report is final. */
@Service
public class SaveAnnualReportDraft {

	private final AnnualReports reports;

	private final GenerateAnnualReport generate;

	private final Clock clock;

	SaveAnnualReportDraft(AnnualReports reports, GenerateAnnualReport generate, Clock clock) {
		this.reports = reports;
		this.generate = generate;
		this.clock = clock;
	}

	@Transactional
	public AnnualReport save(int year, String agency, AnnualReportDraft draft, String actor) {
		generate.requireAgency(agency);
		var now = clock.instant();
		var report = reports.findByYearAndAgency(year, agency)
			.orElseGet(() -> reports.save(new AnnualReport(year, agency, actor, now)));
		report.update(draft, actor, now);
		return report;
	}
}
