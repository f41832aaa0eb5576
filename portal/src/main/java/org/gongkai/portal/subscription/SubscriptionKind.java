package org.gongkai.portal.subscription;

/** What a subscription follows. */
public enum SubscriptionKind {

	/** A catalogue column and the columns below it; the target is the column's code. */
	COLUMN,
	/** An agency (department); the target is its code. */
	AGENCY,
	/** A saved search of {@code /catalogue}; the target is its query string ({@code q=…&genre=…}). */
	SEARCH
}
