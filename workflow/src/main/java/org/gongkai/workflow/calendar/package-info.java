/**
 * Working days (SPEC §6): the State Council's holiday arrangement of each year as data
 * ({@code calendar/cn-<year>.json}), the {@link org.gongkai.workflow.calendar.WorkingDayCalendar} that
 * counts "N 个工作日" from it, and a provisional fallback for years not yet published.
 */
package org.gongkai.workflow.calendar;
