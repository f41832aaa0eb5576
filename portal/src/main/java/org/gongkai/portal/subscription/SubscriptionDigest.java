package org.gongkai.portal.subscription;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The digest of one subscription on one day: written with its mail, unique per subscription and day. */
@Entity
@Table(name = "subscription_digest")
class SubscriptionDigest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long subscriptionId;

	private LocalDate digestOn;

	private int itemCount;

	private Long mailId;

	private Instant createdAt;

	protected SubscriptionDigest() {
	}

	SubscriptionDigest(Long subscriptionId, LocalDate digestOn, int itemCount, Instant now) {
		this.subscriptionId = subscriptionId;
		this.digestOn = digestOn;
		this.itemCount = itemCount;
		this.createdAt = now;
	}

	void mailed(Long mailId) {
		this.mailId = mailId;
	}

	Long getMailId() {
		return mailId;
	}

	int getItemCount() {
		return itemCount;
	}
}
