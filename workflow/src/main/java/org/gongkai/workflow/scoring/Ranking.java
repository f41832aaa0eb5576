package org.gongkai.workflow.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The units of a period ranked by points: items submitted and adopted, points of the period, the
 * year's running total to the period's end, and the quota (monthly items of the unit's class times
 * the period's months) with whether the adopted items met it. Ties share a rank and the next rank
 * skips as many places (competition ranking: 1, 2, 2, 4), so the rows are in rank order.
 */
public record Ranking(ReportPeriod period, List<Row> rows) {

	/** The size of the 通报's 前十名 and 后十名 (SPEC §5). */
	static final int LIST_SIZE = 10;

	public record Row(int rank, String unitCode, String unitName, int unitClass, long submitted, long adopted,
			BigDecimal points, BigDecimal runningTotal, int quota, boolean quotaMet) {
	}

	/** Whether anything happened in the period: a unit submitted, was adopted, or gained or lost points. */
	public boolean hasData() {
		return rows.stream().anyMatch(row -> row.submitted() > 0 || row.adopted() > 0 || row.points().signum() != 0);
	}

	/** Whether every unit has the same points (and there is at least one unit): nobody leads or trails. */
	public boolean allEqual() {
		return !rows.isEmpty() && rows.stream().allMatch(row -> row.points().compareTo(rows.get(0).points()) == 0);
	}

	/**
	 * Whether a 前十名 and a 后十名 can be listed apart: at least twice ten units, not all equal, and the worst
	 * ten are not tied with the best. Otherwise the 通报 lists every unit once.
	 */
	public boolean separatesTopAndBottom() {
		return rows.size() >= 2 * LIST_SIZE && !allEqual() && !bottom10().isEmpty();
	}

	/** The best ten units (the 通报's 前十名): every unit ranked tenth or better, ties at the tenth place included. */
	public List<Row> top10() {
		return rows.stream().filter(row -> row.rank() <= LIST_SIZE).toList();
	}

	/**
	 * The last ten units, worst last (the 通报's 后十名): every unit with no more points than the tenth from
	 * last, ties included, except units already among the {@link #top10()}.
	 */
	public List<Row> bottom10() {
		if (rows.isEmpty()) {
			return List.of();
		}
		var threshold = rows.get(Math.max(0, rows.size() - LIST_SIZE)).points();
		return rows.stream()
			.filter(row -> row.rank() > LIST_SIZE && row.points().compareTo(threshold) <= 0)
			.toList();
	}
}
