package org.gongkai.workflow.scoring;

import org.gongkai.workflow.InvalidValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A month ({@code 2026-09}), a quarter ({@code 2026-Q3}) or a year ({@code 2026}) of 政务信息 work,
 * with its first and last day.
 */
public record ReportPeriod(String label, LocalDate from, LocalDate to, int months) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** @throws IllegalArgumentException for anything else */
	public static ReportPeriod parse(String text) {
		var value = text == null ? "" : text.strip().toUpperCase();
		var month = MONTH.matcher(value);
		if (month.matches()) {
			int m = Integer.parseInt(month.group(2));
			if (m < 1 || m > 12) {
				throw invalid(text);
			}
			var ym = YearMonth.of(Integer.parseInt(month.group(1)), m);
			return new ReportPeriod(value, ym.atDay(1), ym.atEndOfMonth(), 1);
		}
		var quarter = QUARTER.matcher(value);
		if (quarter.matches()) {
			int year = Integer.parseInt(quarter.group(1));
			int q = Integer.parseInt(quarter.group(2));
			var first = YearMonth.of(year, q * 3 - 2);
			return new ReportPeriod(value, first.atDay(1), first.plusMonths(2).atEndOfMonth(), 3);
		}
		if (YEAR.matcher(value).matches()) {
			int year = Integer.parseInt(value);
			return new ReportPeriod(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 12);
		}
		throw invalid(text);
	}

	private static InvalidValue invalid(String text) {
		return new InvalidValue("period", "scoring.period.format", text);
	}

	/** The first day of the period's year, for running totals. */
	public LocalDate yearStart() {
		return from.withDayOfYear(1);
	}
}
