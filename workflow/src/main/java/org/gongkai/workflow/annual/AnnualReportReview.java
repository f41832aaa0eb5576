package org.gongkai.workflow.annual;

import java.time.Clock;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.publication.CatalogueItemPublished;
import org.gongkai.workflow.publication.CatalogueItemReturned;
import org.gongkai.workflow.publication.CatalogueItemSubmitted;
import org.gongkai.workflow.publication.ItemNotInExpectedState;
import org.gongkai.workflow.publication.ItemStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the review of the catalogue items that carry annual reports, in the transaction of each
 * review step: approved → the report is published; returned → back to draft with the reason logged;
 * and such an item is only submitted with its report (never from the catalogue workbench alone, which
 * would skip the checks and the freeze).
 */
@Component
class AnnualReportReview {

	private final AnnualReports reports;

	private final CaseEvents events;

	private final Clock clock;

	AnnualReportReview(AnnualReports reports, CaseEvents events, Clock clock) {
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void submitted(CatalogueItemSubmitted event) {
		reports.findByCatalogueItemId(event.itemId())
			.filter(report -> report.getStatus() != AnnualReportStatus.UNDER_REVIEW)
			.ifPresent(report -> {
				throw new ItemNotInExpectedState(event.itemId(), ItemStatus.RETURNED,
						"submitted on its own: submit the annual report " + report.getYear() + " instead");
			});
	}

	@EventListener
	void published(CatalogueItemPublished event) {
		reports.findByCatalogueItemId(event.itemId()).ifPresent(report -> {
			var now = clock.instant();
			report.publish(event.approver(), now);
			events.save(new CaseEvent(CaseType.ANNUAL_REPORT, report.getId(), "PUBLISHED", event.approver(), now,
					event.indexNo()));
		});
	}

	@EventListener
	void returned(CatalogueItemReturned event) {
		reports.findByCatalogueItemId(event.itemId()).ifPresent(report -> {
			var now = clock.instant();
			report.returnToDraft(event.actor(), now);
			events.save(new CaseEvent(CaseType.ANNUAL_REPORT, report.getId(), "RETURNED", event.actor(), now,
					event.comment()));
		});
	}
}
