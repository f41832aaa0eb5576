package org.gongkai.portal.annual;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.workflow.annual.AnnualReport;
import org.gongkai.workflow.annual.AnnualReportStatus;
import org.gongkai.workflow.annual.SubmitAnnualReport;
import org.gongkai.workflow.publication.ItemContent;
import org.springframework.stereotype.Component;

/** Submits a report for publication with its catalogue item written from the same view the page shows. */
@Component
class AnnualReportPublisher {

	private final SubmitAnnualReport submit;

	private final AnnualReportView.Factory views;

	private final Clock clock;

	AnnualReportPublisher(SubmitAnnualReport submit, AnnualReportView.Factory views, Clock clock) {
		this.submit = submit;
		this.views = views;
		this.clock = clock;
	}

	AnnualReport submit(int year, String agency, String actor) {
		var name = views.agencyName(agency);
		return submit.submit(year, agency, actor, (tables, draft) -> {
			var view = new AnnualReportView(year, agency, name, AnnualReportStatus.UNDER_REVIEW, null, tables, draft,
					java.util.List.of(), null, java.util.List.of());
			var summary = view.title() + "。全文及表格见 /annual-reports/" + year + "/" + agency;
			return new ItemContent(view.title(), summary.length() > 300 ? summary.substring(0, 300) : summary,
					view.plainText(), name, LocalDate.now(clock), null, SubmitAnnualReport.COLUMN, "综合政务\\政务公开",
					"报告");
		});
	}
}
