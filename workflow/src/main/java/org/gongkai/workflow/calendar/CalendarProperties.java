package org.gongkai.workflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the working-day calendar (SPEC §6 ⚙).
 *
 * @param extraDaysOff the agency's own days off on top of the national arrangement, e.g. an ethnic
 * holiday of the region: each entry a date ({@code 2025-06-06}) or an inclusive range
 * ({@code 2025-06-06..2025-06-08}); none by default
 */
@ConfigurationProperties("gongkai.workflow.calendar")
public record CalendarProperties(List<String> extraDaysOff) {

	public CalendarProperties {
		extraDaysOff = extraDaysOff == null ? List.of() : List.copyOf(extraDaysOff);
		daysOff(extraDaysOff);
	}

	/** The extra days off, ranges expanded. */
	public Set<LocalDate> extraDaysOffDates() {
		return daysOff(extraDaysOff);
	}

	private static Set<LocalDate> daysOff(List<String> entries) {
		var days = new TreeSet<LocalDate>();
		for (var entry : entries) {
			var bounds = entry.strip().split("\\.\\.", -1);
			try {
				var from = LocalDate.parse(bounds[0].strip());
				var to = bounds.length == 2 ? LocalDate.parse(bounds[1].strip()) : from;
				if (bounds.length > 2 || to.isBefore(from)) {
					throw new IllegalArgumentException();
				}
				from.datesUntil(to.plusDays(1)).forEach(days::add);
			}
			catch (DateTimeParseException | IllegalArgumentException e) {
				throw new IllegalArgumentException("gongkai.workflow.calendar.extra-days-off: \"" + entry
						+ "\" is neither a date (2025-06-06) nor a range (2025-06-06..2025-06-08)", e);
			}
		}
		return days;
	}
}
