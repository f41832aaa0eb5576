package org.gongkai.workflow.consultation;

/** A comment is shown only once a moderator accepted it. */
public enum CommentStatus {
	PENDING, ACCEPTED, REJECTED
}
