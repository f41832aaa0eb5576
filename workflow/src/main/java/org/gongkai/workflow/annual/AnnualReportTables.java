package org.gongkai.workflow.annual;

/**
 * The three tables of one year's report for one agency ({@link AnnualReports#GOVERNMENT} or a
 * department's code), and section 六's fee figures: everything the system knows, frozen together at
 * publication.
 */
public record AnnualReportTables(int year, String agency, ProactiveTable proactive, RequestTable requests,
		RemedyTable remedies, FeeFigures fees) {
}
