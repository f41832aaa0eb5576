package org.gongkai.workflow.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of SPEC §3, run before publication; each failure names its cell. 表三, on every column:
 * 一+二 = （七）+四, （七） = （一）+…+（六）, 总计 = the six applicant columns, all cells ≥ 0, and 二 = the
 * previous year's 四. 表四: each 总计 = its four results. 表二: entered, ≥ 0. The prose sections:
 * written. Section 六's fee figures are computed from the fee notices, so there is nothing to check.
 */
public final class AnnualReportChecks {

	private AnnualReportChecks() {
	}

	/**
	 * @param previousCarriedOut row 四 of the previous year's report (published if it was, else computed),
	 * by {@link Table3Column} ordinal
	 */
	public static List<CheckFailure> check(AnnualReportTables tables, AnnualReportDraft draft, long[] previousCarriedOut) {
		var failures = new ArrayList<CheckFailure>();
		var t3 = tables.requests();
		for (var column : Table3Column.values()) {
			for (var row : Table3Row.values()) {
				if (t3.get(row, column) < 0) {
					failures.add(t3Failure(row, column, "不得为负数"));
				}
			}
			long in = t3.get(Table3Row.NEW_RECEIVED, column) + t3.get(Table3Row.CARRIED_IN, column);
			long out = t3.get(Table3Row.RESULT_TOTAL, column) + t3.get(Table3Row.CARRIED_OUT, column);
			if (in != out) {
				failures.add(t3Failure(Table3Row.CARRIED_OUT, column,
						"一+二（" + in + "）应等于（七）总计+四（" + out + "）"));
			}
			long results = Table3Row.results().stream().mapToLong(row -> t3.get(row, column)).sum();
			if (results != t3.get(Table3Row.RESULT_TOTAL, column)) {
				failures.add(t3Failure(Table3Row.RESULT_TOTAL, column,
						"（七）总计（" + t3.get(Table3Row.RESULT_TOTAL, column) + "）应等于（一）至（六）之和（" + results + "）"));
			}
			if (previousCarriedOut != null && previousCarriedOut[column.ordinal()] != t3.get(Table3Row.CARRIED_IN, column)) {
				failures.add(t3Failure(Table3Row.CARRIED_IN, column, "上年结转（" + t3.get(Table3Row.CARRIED_IN, column)
						+ "）应等于上一年度报告的结转下年度继续办理（" + previousCarriedOut[column.ordinal()] + "）"));
			}
		}
		for (var row : Table3Row.values()) {
			long sum = 0;
			for (var column : Table3Column.values()) {
				if (column != Table3Column.TOTAL) {
					sum += t3.get(row, column);
				}
			}
			if (sum != t3.get(row, Table3Column.TOTAL)) {
				failures.add(t3Failure(row, Table3Column.TOTAL,
						"总计（" + t3.get(row, Table3Column.TOTAL) + "）应等于各类申请人之和（" + sum + "）"));
			}
		}
		var t4 = tables.remedies();
		for (int block = 0; block < RemedyTable.BLOCKS.length; block++) {
			long sum = 0;
			for (int column = 0; column <= RemedyTable.TOTAL; column++) {
				if (t4.get(block, column) < 0) {
					failures.add(t4Failure(block, column, "不得为负数"));
				}
				if (column < RemedyTable.TOTAL) {
					sum += t4.get(block, column);
				}
			}
			if (sum != t4.get(block, RemedyTable.TOTAL)) {
				failures.add(t4Failure(block, RemedyTable.TOTAL,
						"总计（" + t4.get(block, RemedyTable.TOTAL) + "）应等于四项结果之和（" + sum + "）"));
			}
		}
		var t2 = tables.proactive();
		entered(failures, "table2.licensing.decisions", "表二 " + ProactiveTable.LICENSING + " × " + ProactiveTable.DECISIONS,
				t2.licensing());
		entered(failures, "table2.punishment.decisions",
				"表二 " + ProactiveTable.PUNISHMENT + " × " + ProactiveTable.DECISIONS, t2.punishment());
		entered(failures, "table2.coercion.decisions", "表二 " + ProactiveTable.COERCION + " × " + ProactiveTable.DECISIONS,
				t2.coercion());
		entered(failures, "table2.administrativeFees.amountTenThousandYuan",
				"表二 " + ProactiveTable.FEES + " × " + ProactiveTable.FEE_AMOUNT, t2.administrativeFees());
		written(failures, "section1.overview", "一、总体情况", draft.overview());
		written(failures, "section5.problems", "五、存在的主要问题及改进情况", draft.problems());
		written(failures, "section6.otherMatters", "六、其他需要报告的事项", draft.otherMatters());
		return failures;
	}

	private static CheckFailure t3Failure(Table3Row row, Table3Column column, String message) {
		return new CheckFailure("table3." + row.key() + "." + column.key(), "表三 " + row.label() + " × " + column.label(),
				message);
	}

	private static CheckFailure t4Failure(int block, int column, String message) {
		var kind = RemedyTable.BLOCKS[block];
		return new CheckFailure("table4." + RemedyTable.blockKey(kind) + "." + RemedyTable.outcomeKey(column),
				"表四 " + RemedyTable.blockLabel(kind) + " × " + RemedyTable.outcomeLabel(column), message);
	}

	private static void entered(List<CheckFailure> failures, String cell, String label, Object value) {
		if (value == null) {
			failures.add(new CheckFailure(cell, label, "尚未填写"));
		}
		else if (value instanceof Long number && number < 0
				|| value instanceof BigDecimal amount && amount.signum() < 0) {
			failures.add(new CheckFailure(cell, label, "不得为负数"));
		}
	}

	private static void written(List<CheckFailure> failures, String cell, String label, String text) {
		if (text == null || text.isBlank()) {
			failures.add(new CheckFailure(cell, label, "尚未填写"));
		}
	}
}
