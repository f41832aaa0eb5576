package org.gongkai.portal.subscription;

/** Where a subscription stands; only a confirmed one gets digests. */
public enum SubscriptionStatus {

	/** Asked for; the confirmation mail is out. */
	PENDING,
	/** Confirmed through the link in the confirmation mail (double opt-in). */
	CONFIRMED,
	/** Ended by the subscriber; the address is erased. */
	CANCELLED,
	/** Never confirmed in time; the address is erased. */
	EXPIRED
}
