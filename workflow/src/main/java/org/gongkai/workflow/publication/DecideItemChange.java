package org.gongkai.workflow.publication;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the change process that change an item: apply an approved change (through the same
 * search outbox as publication) or return it with the reviewer's reason.
 */
@Service
public class DecideItemChange {

	private final CatalogueItems items;

	private final CatalogueChanges changes;

	private final CatalogueItemRevisions revisions;

	private final SearchOutbox outbox;

	private final CaseEvents events;

	private final ApplicationEventPublisher publisher;

	private final PublicationProperties properties;

	private final Clock clock;

	DecideItemChange(CatalogueItems items, CatalogueChanges changes, CatalogueItemRevisions revisions,
			SearchOutbox outbox, CaseEvents events, ApplicationEventPublisher publisher,
			PublicationProperties properties, Clock clock) {
		this.items = items;
		this.changes = changes;
		this.revisions = revisions;
		this.outbox = outbox;
		this.events = events;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public void apply(Long changeId, String approver) {
		var change = changes.findById(changeId).orElseThrow();
		var item = items.findById(change.getItemId()).orElseThrow();
		var now = clock.instant();
		var on = change.getEffectiveDate() != null ? change.getEffectiveDate() : LocalDate.now(clock.withZone(properties.zone()));
		var action = SearchOutboxEntry.Action.INDEX;
		switch (change.getKind()) {
			case CORRECT -> {
				revisions.save(new CatalogueItemRevision(item, approver, change.getReason(), now));
				item.correct(change.proposedContent(item), now);
			}
			case EXPIRE -> item.changeValidity(Validity.EXPIRED, on, now);
			case REPEAL -> item.changeValidity(Validity.REPEALED, on, now);
			case WITHDRAW -> {
				item.withdraw(change.getReason(), now);
				action = SearchOutboxEntry.Action.REMOVE;
			}
		}
		change.applied(now);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, item.getId(), "CHANGE_APPLIED_" + change.getKind(), approver,
				now, change.getReason()));
		outbox.save(new SearchOutboxEntry(item.getId(), action, now));
		if (change.getKind() == ChangeKind.WITHDRAW) {
			publisher.publishEvent(new CatalogueItemWithdrawn(item.getId(), item.getIndexNo(), change.getReason(), approver));
		}
		publisher.publishEvent(new SearchIndexChanged(item.getId()));
	}

	@Transactional
	public void returnChange(Long changeId, String reviewer, String comment) {
		var change = changes.findById(changeId).orElseThrow();
		var now = clock.instant();
		change.returned(comment, now);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, change.getItemId(), "CHANGE_RETURNED_" + change.getKind(),
				reviewer, now, comment));
	}
}
