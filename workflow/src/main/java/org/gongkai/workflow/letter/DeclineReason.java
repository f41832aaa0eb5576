package org.gongkai.workflow.letter;

/** Why the office declines a letter: not the agency's business, answered before, or abusive. */
public enum DeclineReason {
	NOT_IN_REMIT, ALREADY_ANSWERED, ABUSIVE
}
