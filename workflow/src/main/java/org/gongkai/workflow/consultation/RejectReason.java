package org.gongkai.workflow.consultation;

/** Why a comment is not shown; the author sees it. */
public enum RejectReason {
	ABUSE, PERSONAL_DATA, OFF_TOPIC
}
