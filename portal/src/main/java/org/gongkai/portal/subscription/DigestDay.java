package org.gongkai.portal.subscription;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day whose digest run finished on some node. */
@Entity
@Table(name = "subscription_digest_day")
class DigestDay {

	@Id
	private LocalDate digestOn;

	private Instant finishedAt;

	protected DigestDay() {
	}

	DigestDay(LocalDate digestOn, Instant finishedAt) {
		this.digestOn = digestOn;
		this.finishedAt = finishedAt;
	}
}
