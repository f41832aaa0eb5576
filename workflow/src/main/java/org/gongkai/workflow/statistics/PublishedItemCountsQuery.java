package org.gongkai.workflow.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.publication.ItemStatus;

/**
 * The SQL that counts a year's published catalogue items by column, department, month of publication (1–12) and
 * art. 26 timeliness (1 on time, 0 late), with its parameters in order: a few thousand counts, where reading the
 * items themselves moved some 100,000 rows a year at 1,000,000 items. {@link OfficeStatistics} runs it; the
 * benchmark runs the same statement by JDBC beside it.
 *
 * <p>Both the month and the timeliness are days in the agency's zone, so each is a comparison of the instant of
 * publication with an instant worked out here: the start of each month, and for each 成文日期 the start of the day
 * after its 20th working day (the working-day calendar, once per date). Those limits are the rows of a derived table
 * joined on the 成文日期. The limit never comes earlier for a later 成文日期, so the table starts at the first date
 * whose limit reaches into the year: an item formed before it is late whenever it was published in the year. An item
 * whose 成文日期 is after the year (dated ahead) is on time.
 *
 * @param sql with JDBC {@code ?} parameters; its columns are column code, department code, month, on time, count
 * @param parameters instants ({@link java.time.Instant}), dates ({@link LocalDate}) and the status, in order
 */
public record PublishedItemCountsQuery(String sql, List<Object> parameters) {

	public static PublishedItemCountsQuery of(int year, ZoneId zone, WorkingDayCalendar calendar) {
		var first = LocalDate.of(year, 1, 1);
		var last = LocalDate.of(year, 12, 31);
		var earliest = first;
		while (!limit(calendar, earliest.minusDays(1)).isBefore(first)) {
			earliest = earliest.minusDays(1);
		}
		var parameters = new ArrayList<Object>();
		var sql = new StringBuilder("select x.column_code, x.department_code, x.pub_month, x.in_time, count(*) from ("
				+ "select i.column_code, i.department_code, case");
		for (int month = 1; month < 12; month++) {
			sql.append(" when i.published_at < ? then ").append(month);
			parameters.add(first.withMonth(month + 1).atStartOfDay(zone).toInstant());
		}
		sql.append(" else 12 end as pub_month, case when i.written_date > ? or i.published_at < l.due_before "
				+ "then 1 else 0 end as in_time from catalogue_item i left join (");
		parameters.add(last);
		for (var written = earliest; !written.isAfter(last); written = written.plusDays(1)) {
			sql.append(written.equals(earliest)
					? "select cast(? as date) as written_date, cast(? as datetime) as due_before"
					: " union all select cast(? as date), cast(? as datetime)");
			parameters.add(written);
			parameters.add(limit(calendar, written).plusDays(1).atStartOfDay(zone).toInstant());
		}
		sql.append(") l on l.written_date = i.written_date where i.status = ? and i.published_at >= ? "
				+ "and i.published_at < ?) x group by x.column_code, x.department_code, x.pub_month, x.in_time");
		parameters.add(ItemStatus.PUBLISHED.name());
		parameters.add(first.atStartOfDay(zone).toInstant());
		parameters.add(first.plusYears(1).atStartOfDay(zone).toInstant());
		return new PublishedItemCountsQuery(sql.toString(), List.copyOf(parameters));
	}

	/** Art. 26: the last day to publish what was formed on {@code written}. */
	private static LocalDate limit(WorkingDayCalendar calendar, LocalDate written) {
		return calendar.addWorkingDays(written, OfficeStatistics.PUBLICATION_WORKING_DAYS).due();
	}
}
