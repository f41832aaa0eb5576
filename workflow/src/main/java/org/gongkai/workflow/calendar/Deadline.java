package org.gongkai.workflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A due date counted in working days.
 *
 * @param due the last day of the period: the act is in time if done on or before it
 * @param provisional whether a counted day fell in a year whose holiday arrangement was not yet
 * published, so the date came from the fallback (weekends and fixed-date holidays) and is to be
 * recomputed when the year's data arrives (see {@link CalendarChanged})
 */
public record Deadline(LocalDate due, boolean provisional) {

	public Deadline {
		Objects.requireNonNull(due, "due");
	}
}
