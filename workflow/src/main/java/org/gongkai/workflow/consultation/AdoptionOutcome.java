package org.gongkai.workflow.consultation;

/** What the agency made of a group of comments: 采纳, 部分采纳, 不予采纳. */
public enum AdoptionOutcome {
	ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED
}
