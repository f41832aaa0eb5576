package org.gongkai.workflow.consultation;

/**
 * Where a consultation is: drafted, under review before it opens, approved and waiting for its first day,
 * open for comment, closed, its 意见采纳情况反馈 under review, concluded with the feedback published.
 */
public enum ConsultationStatus {
	DRAFT, IN_REVIEW, APPROVED, OPEN, CLOSED, FEEDBACK_REVIEW, CONCLUDED
}
