package org.gongkai.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Counts working days (工作日, SPEC §6) from the holiday arrangement of each year, the agency's own
 * extra days off, and for a year without data a provisional fallback of weekends plus the fixed-date
 * holidays (1 January, 1–2 May, 1–3 October).
 * <p>
 * A working day is Monday to Friday unless it is a day off, or a make-up working day (调休上班) on a
 * Saturday or Sunday; an agency's extra day off is never a working day. A period of "N 个工作日"
 * excludes the trigger day and counts from the next day.
 * <p>
 * Thread-safe and free of I/O: the years are held in an immutable map that {@link #addYear} replaces
 * as a whole, so every computation sees one consistent version.
 */
public final class WorkingDayCalendar {

	private static final Set<MonthDay> FIXED_DATE_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
			MonthDay.of(5, 2), MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

	private final Set<LocalDate> extraDaysOff;

	private final Consumer<? super CalendarChanged> listener;

	private final Object lock = new Object();

	private volatile Map<Integer, HolidayArrangement> years;

	/** A calendar of the published years only, without agency days off. */
	public WorkingDayCalendar(Collection<HolidayArrangement> arrangements) {
		this(arrangements, Set.of(), changed -> {
		});
	}

	/**
	 * @param arrangements the published years, one per year
	 * @param extraDaysOff the agency's own days off (e.g. ethnic holidays), in any year
	 * @param listener told after {@link #addYear} changed a year, outside any lock
	 */
	public WorkingDayCalendar(Collection<HolidayArrangement> arrangements, Collection<LocalDate> extraDaysOff,
			Consumer<? super CalendarChanged> listener) {
		var byYear = new HashMap<Integer, HolidayArrangement>();
		for (var arrangement : arrangements) {
			var previous = byYear.put(arrangement.year(), arrangement);
			if (previous != null && !previous.equals(arrangement)) {
				throw new IllegalArgumentException("Two different holiday arrangements for " + arrangement.year());
			}
		}
		this.years = Map.copyOf(byYear);
		this.extraDaysOff = Set.copyOf(extraDaysOff);
		this.listener = Objects.requireNonNull(listener, "listener");
	}

	/** Whether the date is a working day (for a year without data: by the provisional fallback). */
	public boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(date, years);
	}

	/**
	 * The date N working days after the trigger: the trigger day itself is not counted (SPEC §6), so
	 * {@code addWorkingDays(friday, 1)} is the next working day. A negative N counts back: the Nth working
	 * day before the trigger, e.g. the day a "5 working days before the due date" warning is due. Zero
	 * gives the trigger itself.
	 */
	public Deadline addWorkingDays(LocalDate trigger, int n) {
		Objects.requireNonNull(trigger, "trigger");
		var snapshot = years;
		int step = n < 0 ? -1 : 1;
		int left = Math.abs(n);
		var day = trigger;
		boolean provisional = false;
		while (left > 0) {
			day = day.plusDays(step);
			provisional |= !snapshot.containsKey(day.getYear());
			if (isWorkingDay(day, snapshot)) {
				left--;
			}
		}
		return new Deadline(day, provisional);
	}

	/**
	 * An extension (SPEC §2.3, art. 33): N more working days counted from the original due date; the
	 * result is provisional if either part is.
	 */
	public Deadline extend(Deadline original, int n) {
		var extended = addWorkingDays(original.due(), n);
		return new Deadline(extended.due(), original.provisional() || extended.provisional());
	}

	/**
	 * The working days in the half-open interval ({@code from}, {@code to}]: the inverse of
	 * {@link #addWorkingDays}, so {@code workingDaysBetween(today, due)} is the number of working days
	 * left, 0 when due today (or when only days off remain), and negative once overdue.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		var snapshot = years;
		int count = 0;
		for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day, snapshot)) {
				count++;
			}
		}
		return count;
	}

	/** Whether the year's official arrangement is known; if not, its dates are provisional. */
	public boolean isPublished(int year) {
		return years.containsKey(year);
	}

	/** The years with an official arrangement; every other year is counted provisionally. */
	public SortedSet<Integer> publishedYears() {
		return new TreeSet<>(years.keySet());
	}

	/** The official arrangement of the year, if published. */
	public Optional<HolidayArrangement> arrangement(int year) {
		return Optional.ofNullable(years.get(year));
	}

	/** The agency's own extra days off. */
	public Set<LocalDate> extraDaysOff() {
		return extraDaysOff;
	}

	/**
	 * Adds a year that has just been published, or replaces a corrected one; computations from now on
	 * use it and the listener is told, so that open deadlines can be recomputed. Adding the data the
	 * calendar already has changes nothing and tells no one.
	 *
	 * @return the change, empty if there was none
	 */
	public Optional<CalendarChanged> addYear(HolidayArrangement arrangement) {
		CalendarChanged changed;
		synchronized (lock) {
			var copy = new HashMap<>(years);
			var previous = copy.put(arrangement.year(), arrangement);
			if (arrangement.equals(previous)) {
				return Optional.empty();
			}
			years = Map.copyOf(copy);
			changed = new CalendarChanged(arrangement.year(), previous == null);
		}
		listener.accept(changed);
		return Optional.of(changed);
	}

	private boolean isWorkingDay(LocalDate date, Map<Integer, HolidayArrangement> snapshot) {
		if (extraDaysOff.contains(date)) {
			return false;
		}
		var arrangement = snapshot.get(date.getYear());
		if (arrangement != null) {
			return arrangement.isWorkingDay(date);
		}
		return !isWeekend(date) && !FIXED_DATE_HOLIDAYS.contains(MonthDay.from(date));
	}

	static boolean isWeekend(LocalDate date) {
		var day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
