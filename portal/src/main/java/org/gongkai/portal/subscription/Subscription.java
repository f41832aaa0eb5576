package org.gongkai.portal.subscription;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gongkai.workflow.crypto.EncryptedString;

/**
 * One e-mail address following one column, agency or saved search. The address is encrypted at rest and
 * found by its keyed fingerprint; both are erased when the subscription ends. The confirmation and
 * unsubscribe tokens are kept as hashes (the unsubscribe token also encrypted, for the digests' links).
 */
@Entity
@Table(name = "subscription")
public class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private SubscriptionKind kind;

	private String target;

	@Convert(converter = EncryptedString.class)
	private String email;

	private String emailHash;

	private String account;

	@Enumerated(EnumType.STRING)
	private SubscriptionStatus status;

	private String confirmTokenHash;

	private String unsubscribeTokenHash;

	@Convert(converter = EncryptedString.class)
	private String unsubscribeToken;

	private Instant createdAt;

	private Instant confirmedAt;

	private Instant endedAt;

	private Instant digestedUntil;

	protected Subscription() {
	}

	Subscription(SubscriptionTarget target, String email, String emailHash, String account, String confirmToken,
			String unsubscribeToken, Instant now) {
		this.kind = target.kind();
		this.target = target.value();
		this.email = email;
		this.emailHash = emailHash;
		this.account = account;
		this.status = SubscriptionStatus.PENDING;
		this.confirmTokenHash = SubscriptionTokens.hash(confirmToken);
		this.unsubscribeTokenHash = SubscriptionTokens.hash(unsubscribeToken);
		this.unsubscribeToken = unsubscribeToken;
		this.createdAt = now;
	}

	/** Double opt-in: from now on the subscription gets digests of what is published after this moment. */
	void confirm(Instant now) {
		if (status == SubscriptionStatus.PENDING) {
			status = SubscriptionStatus.CONFIRMED;
			confirmedAt = now;
			// whole seconds, like every window's end: the first digest lists what is published from this second on
			digestedUntil = now.truncatedTo(ChronoUnit.SECONDS);
			confirmTokenHash = null;
		}
	}

	/** Ends the subscription and erases the address; ending it twice changes nothing. */
	void cancel(Instant now) {
		if (isActive()) {
			status = SubscriptionStatus.CANCELLED;
			endedAt = now;
			erase();
		}
	}

	private void erase() {
		email = null;
		emailHash = null;
		unsubscribeToken = null;
		confirmTokenHash = null;
	}

	/** A digest covered everything published up to {@code until}. */
	void digested(Instant until) {
		digestedUntil = until;
	}

	/** Pending or confirmed. */
	public boolean isActive() {
		return status == SubscriptionStatus.PENDING || status == SubscriptionStatus.CONFIRMED;
	}

	public SubscriptionTarget target() {
		return new SubscriptionTarget(kind, target);
	}

	public Long getId() {
		return id;
	}

	public SubscriptionKind getKind() {
		return kind;
	}

	public String getEmail() {
		return email;
	}

	public String getAccount() {
		return account;
	}

	public SubscriptionStatus getStatus() {
		return status;
	}

	String getUnsubscribeToken() {
		return unsubscribeToken;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

	public Instant getDigestedUntil() {
		return digestedUntil;
	}
}
