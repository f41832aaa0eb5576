package org.gongkai.workflow.annual;

/**
 * Where a year's report is: being prepared by the office, submitted and frozen while its catalogue item
 * is reviewed (保密审查 and the approval levels), or published (final).
 */
public enum AnnualReportStatus {
	DRAFT, UNDER_REVIEW, PUBLISHED
}
