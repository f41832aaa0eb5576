package org.gongkai.workflow.scoring;

import org.gongkai.workflow.information.Periodical;

/** The kinds of fact that score. */
public enum FactKind {
	/** Adopted into one of our publications (channel = {@link Periodical} name). */
	ADOPTED,
	/** Forwarded upward; a rule of this kind carries the multiplier of the item's own adoption points. */
	FORWARDED,
	/** Adopted by a higher level (channel e.g. {@code SELECTED}, {@code BRIEFING}, {@code SPECIAL}). */
	UPPER_ADOPTED,
	/** A leader's instruction (批示) on the item; the level is the leader's. */
	INSTRUCTED,
	/** A deduction against one unit (channel e.g. {@code MISSED_COMMISSION}, {@code LATE_FEEDBACK}). */
	DEDUCTED
}
