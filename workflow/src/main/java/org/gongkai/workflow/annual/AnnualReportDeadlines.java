package org.gongkai.workflow.annual;

import java.time.LocalDate;

/** Art. 49–50: departments publish the previous year's report by 31 January, the government by 31 March. */
public final class AnnualReportDeadlines {

	private AnnualReportDeadlines() {
	}

	public static LocalDate due(int year, String agency) {
		return AnnualReports.GOVERNMENT.equals(agency) ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
	}
}
