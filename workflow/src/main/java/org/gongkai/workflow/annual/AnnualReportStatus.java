package org.gongkai.workflow.annual;

/** Where a year's report is: being prepared by the office, or published (final). */
public enum AnnualReportStatus {
	DRAFT, PUBLISHED
}
