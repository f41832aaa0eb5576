package org.gongkai.workflow.publication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gongkai.workflow.outbox.OutboxEntry;

/**
 * A pending change of the public search index, written in the same transaction as the change itself
 * so that an approval never waits for, or is lost because of, Elasticsearch. Deleted once applied.
 */
@Entity
@Table(name = "search_outbox")
public class SearchOutboxEntry extends OutboxEntry {

	/** What the index must do with the item: the relay always renders the item's current state. */
	public enum Action {
		INDEX, REMOVE
	}

	private Long itemId;

	@Enumerated(EnumType.STRING)
	private Action action;

	protected SearchOutboxEntry() {
	}

	public SearchOutboxEntry(Long itemId, Action action, Instant now) {
		super(now);
		this.itemId = itemId;
		this.action = action;
	}

	public Long getItemId() {
		return itemId;
	}

	public Action getAction() {
		return action;
	}
}
