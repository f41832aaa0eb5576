package org.gongkai.portal.annual;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.workflow.annual.AnnualReport;
import org.gongkai.workflow.annual.PublishAnnualReport;
import org.gongkai.workflow.publication.ItemContent;
import org.springframework.stereotype.Component;

/** Publishes a report with its catalogue item written from the same view the page shows. */
@Component
class AnnualReportPublisher {

	private final PublishAnnualReport publish;

	private final AnnualReportView.Factory views;

	private final Clock clock;

	AnnualReportPublisher(PublishAnnualReport publish, AnnualReportView.Factory views, Clock clock) {
		this.publish = publish;
		this.views = views;
		this.clock = clock;
	}

	AnnualReport publish(int year, String agency, String actor) {
		var name = views.agencyName(agency);
		return publish.publish(year, agency, actor, (tables, draft) -> {
			var view = new AnnualReportView(year, agency, name, true, null, tables, draft, java.util.List.of(), null);
			var summary = view.title() + "。全文及表格见 /annual-reports/" + year + "/" + agency;
			return new ItemContent(view.title(), summary.length() > 300 ? summary.substring(0, 300) : summary,
					view.plainText(), name, LocalDate.now(clock), null, PublishAnnualReport.COLUMN, "综合政务\\政务公开",
					"报告");
		});
	}
}
