package org.gongkai.workflow.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The units of a period ranked by points: items submitted and adopted, points of the period, the
 * year's running total to the period's end, and the quota (monthly items of the unit's class times
 * the period's months) with whether the adopted items met it.
 */
public record Ranking(ReportPeriod period, List<Row> rows) {

	public record Row(int rank, String unitCode, String unitName, int unitClass, long submitted, long adopted,
			BigDecimal points, BigDecimal runningTotal, int quota, boolean quotaMet) {
	}

	/** The best ten units (the 通报's 前十名). */
	public List<Row> top10() {
		return rows.subList(0, Math.min(10, rows.size()));
	}

	/** The last ten units, worst last (the 通报's 后十名). */
	public List<Row> bottom10() {
		return rows.subList(Math.max(0, rows.size() - 10), rows.size());
	}
}
