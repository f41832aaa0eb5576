package org.gongkai.workflow.calendar;

/**
 * A year's holiday arrangement was added to (or replaced in) the running calendar. Deadlines whose
 * counted days touch {@code year} are to be recomputed: all {@link Deadline#provisional() provisional}
 * ones when {@code wasProvisional}, every one when published data was corrected.
 *
 * @param year the year whose arrangement changed
 * @param wasProvisional whether the year had no data before, so deadlines in it came from the fallback
 */
public record CalendarChanged(int year, boolean wasProvisional) {
}
