package org.gongkai.workflow.outbox;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The delivery state every outbox row carries, whatever its topic: when it is due, how often it was
 * tried and why it last failed, which node holds it, and when it was delivered. A topic's entity adds
 * its payload; the columns are the same in every outbox table.
 */
@MappedSuperclass
public abstract class OutboxEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant createdAt;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant claimedUntil;

	private String lastError;

	private Instant deliveredAt;

	protected OutboxEntry() {
	}

	/** A row due at once, written with (and only if) the caller's transaction commits. */
	protected OutboxEntry(Instant now) {
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	public Long getId() {
		return id;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** Attempts made so far, the successful one included. */
	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	/** Until when a node holds the row while delivering it; null when nobody does. */
	public Instant getClaimedUntil() {
		return claimedUntil;
	}

	public String getLastError() {
		return lastError;
	}

	/** When the other system accepted the entry; null while it is pending (topics that keep no record delete the row instead). */
	public Instant getDeliveredAt() {
		return deliveredAt;
	}
}
