package org.gongkai.workflow.annual;

/**
 * The three tables of one year's report for one agency ({@link AnnualReports#GOVERNMENT} or a
 * department's code).
 */
public record AnnualReportTables(int year, String agency, ProactiveTable proactive, RequestTable requests,
		RemedyTable remedies) {
}
