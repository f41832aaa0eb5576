package org.gongkai.workflow.publication;

/** Where a change of a published item is: under review, applied, or returned with a reason. */
public enum ChangeStatus {
	IN_REVIEW, APPLIED, RETURNED
}
