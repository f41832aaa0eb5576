package org.gongkai.workflow.annual;

import java.time.LocalDate;

/**
 * Art. 49–50: departments publish the previous year's report by 31 January, a government (the
 * government, or a district government) by 31 March.
 */
public final class AnnualReportDeadlines {

	private AnnualReportDeadlines() {
	}

	public static LocalDate due(int year, String agency) {
		return due(year, AnnualReports.GOVERNMENT.equals(agency));
	}

	public static LocalDate due(int year, boolean government) {
		return government ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
	}
}
