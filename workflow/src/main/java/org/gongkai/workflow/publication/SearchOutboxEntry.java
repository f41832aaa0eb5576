package org.gongkai.workflow.publication;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A pending change of the public search index, written in the same transaction as the change itself
 * so that an approval never waits for, or is lost because of, Elasticsearch.
 */
@Entity
@Table(name = "search_outbox")
public class SearchOutboxEntry {

	/** What the index must do with the item: the relay always renders the item's current state. */
	public enum Action {
		INDEX, REMOVE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private Instant createdAt;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	protected SearchOutboxEntry() {
	}

	public SearchOutboxEntry(Long itemId, Action action, Instant now) {
		this.itemId = itemId;
		this.action = action;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	/** Records a failed attempt and backs off exponentially, capped at five minutes. */
	public void failed(String error, Instant now) {
		attempts++;
		long seconds = Math.min(300, 1L << Math.min(attempts, 9));
		nextAttemptAt = now.plus(Duration.ofSeconds(seconds));
		lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
	}

	public Long getId() {
		return id;
	}

	public Long getItemId() {
		return itemId;
	}

	public Action getAction() {
		return action;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}
}
