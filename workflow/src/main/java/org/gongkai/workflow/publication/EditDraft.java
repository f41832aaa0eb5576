package org.gongkai.workflow.publication;

import java.time.Clock;

import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department edits a draft or a returned item before (re)submitting it. */
@Service
public class EditDraft {

	private final CatalogueItems items;

	private final ItemContentRules rules;

	private final CaseEvents events;

	private final Clock clock;

	EditDraft(CatalogueItems items, ItemContentRules rules, CaseEvents events, Clock clock) {
		this.items = items;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws ItemNotInExpectedState unless the item is a draft or returned
	 * @throws UnknownReference, InvalidItemContent as {@link ItemContentRules#check}
	 */
	@Transactional
	public CatalogueItem edit(Long itemId, ItemContent content, String editor) {
		var item = items.findById(itemId).orElseThrow(() -> new UnknownReference("itemId", String.valueOf(itemId)));
		rules.check(content, itemId);
		var now = clock.instant();
		item.edit(content, now);
		events.save(new CaseEvent(CaseType.CATALOGUE_ITEM, itemId, "EDITED", editor, now, null));
		return item;
	}
}
