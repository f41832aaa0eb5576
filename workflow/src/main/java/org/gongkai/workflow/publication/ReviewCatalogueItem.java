package org.gongkai.workflow.publication;

import java.time.Clock;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the publication process that change an item: submit, return for revision, publish.
 * Each runs inside the transaction of the task completion that triggered it.
 */
@Service
public class ReviewCatalogueItem {

	private final CatalogueItems items;

	private final Departments departments;

	private final IndexNumberAllocator indexNumbers;

	private final SearchOutbox outbox;

	private final CaseEvents events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ReviewCatalogueItem(CatalogueItems items, Departments departments, IndexNumberAllocator indexNumbers,
			SearchOutbox outbox, CaseEvents events, ApplicationEventPublisher publisher, Clock clock) {
		this.items = items;
		this.departments = departments;
		this.indexNumbers = indexNumbers;
		this.outbox = outbox;
		this.events = events;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional
	public void submit(Long itemId, String actor) {
		var item = items.findById(itemId).orElseThrow();
		var now = clock.instant();
		item.submit(now);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "SUBMITTED", actor, now, null));
		publisher.publishEvent(new CatalogueItemSubmitted(itemId, actor));
	}

	@Transactional
	public void returnForRevision(Long itemId, String actor, String comment) {
		var item = items.findById(itemId).orElseThrow();
		var now = clock.instant();
		item.returnForRevision(now);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "RETURNED", actor, now, comment));
		publisher.publishEvent(new CatalogueItemReturned(itemId, actor, comment));
	}

	/** The art. 26 deadline passed while the item was still unpublished: recorded for the workbench and statistics. */
	@Transactional
	public void flagOverdue(Long itemId) {
		var item = items.findById(itemId).orElseThrow();
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "PUBLISH_OVERDUE", "system", clock.instant(),
				String.valueOf(item.getPublishDueOn())));
	}

	/** Approves and publishes: allocates the 索引号 and queues the item for the public index. */
	@Transactional
	public void publish(Long itemId, String approver) {
		var item = items.findById(itemId).orElseThrow();
		var now = clock.instant();
		var orgCode = departments.findById(item.getDepartmentCode()).orElseThrow().getOrgCode();
		var indexNo = indexNumbers.allocate(orgCode, item.getWrittenDate().getYear());
		item.publish(indexNo, now);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "APPROVED", approver, now, null));
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "PUBLISHED", "system", now, indexNo));
		outbox.save(new SearchOutboxEntry(itemId, SearchOutboxEntry.Action.INDEX, now));
		publisher.publishEvent(new CatalogueItemPublished(itemId, indexNo, approver));
	}
}
