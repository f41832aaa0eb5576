package org.gongkai.workflow.publication;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A published 规章 or 规范性文件 is repealed (废止): its validity changes and the index is updated. */
@Service
public class RepealCatalogueItem {

	private final CatalogueItems items;

	private final SearchOutbox outbox;

	private final CaseEvents events;

	private final Clock clock;

	RepealCatalogueItem(CatalogueItems items, SearchOutbox outbox, CaseEvents events, Clock clock) {
		this.items = items;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public CatalogueItem repeal(Long itemId, LocalDate repealedOn, String actor) {
		var item = items.findById(itemId).orElseThrow(() -> new UnknownReference("item", String.valueOf(itemId)));
		var now = clock.instant();
		item.changeValidity(Validity.REPEALED, repealedOn, now);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "REPEALED", actor, now, repealedOn.toString()));
		outbox.save(new SearchOutboxEntry(itemId, SearchOutboxEntry.Action.INDEX, now));
		return item;
	}
}
