package org.gongkai.workflow.publication;

import java.time.Clock;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an item the office produced through its own approved procedure (the annual report, whose
 * checks and publication are the approval): it gets its 索引号 and reaches the public index through
 * the same steps as a reviewed item, without a second review.
 */
@Service
public class PublishOfficeItem {

	private final CatalogueItems items;

	private final CatalogueColumns columns;

	private final ReviewCatalogueItem review;

	private final CaseEvents events;

	private final Clock clock;

	PublishOfficeItem(CatalogueItems items, CatalogueColumns columns, ReviewCatalogueItem review, CaseEvents events,
			Clock clock) {
		this.items = items;
		this.columns = columns;
		this.review = review;
		this.events = events;
		this.clock = clock;
	}

	/** Must run inside the caller's transaction, so the item and the caller's record commit together. */
	@Transactional(propagation = Propagation.MANDATORY)
	public CatalogueItem publish(ItemContent content, String departmentCode, String actor) {
		if (!columns.existsById(content.columnCode())) {
			throw new UnknownReference("columnCode", content.columnCode());
		}
		var now = clock.instant();
		var item = items.save(new CatalogueItem(content, departmentCode, actor, now));
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, item.getId(), "DRAFTED", actor, now, null));
		review.submit(item.getId(), actor);
		review.publish(item.getId(), actor);
		return item;
	}
}
