package org.gongkai.workflow.consultation;

/** The two documents of a consultation: the draft (征求意见稿) and its 起草说明. */
public enum AttachmentRole {
	DRAFT, EXPLANATION
}
