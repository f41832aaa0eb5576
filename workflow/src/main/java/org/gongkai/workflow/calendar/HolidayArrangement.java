package org.gongkai.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * One year's official holiday arrangement (放假调休安排), as published by the State Council General
 * Office around November of the year before.
 * <p>
 * Read from JSON of this shape, one file per year ({@code calendar/cn-2025.json}); {@code from} and
 * {@code to} are inclusive, {@code workingWeekends} are the make-up working days (调休上班) that the
 * notice lists under that holiday:
 *
 * <pre>
 * {
 *   "year": 2025,
 *   "source": "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
 *   "holidays": [
 *     { "name": "春节", "from": "2025-01-28", "to": "2025-02-04", "workingWeekends": ["2025-01-26", "2025-02-08"] },
 *     ...
 *   ]
 * }
 * </pre>
 *
 * @param year the calendar year the arrangement is for
 * @param source the notice it was taken from
 * @param holidays the blocks of days off, each with its make-up working days
 */
public record HolidayArrangement(int year, String source, List<Holiday> holidays) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public HolidayArrangement {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("The holiday arrangement of " + year + " must name its source");
		}
		holidays = List.copyOf(holidays);
		var seen = new HashSet<LocalDate>();
		for (var holiday : holidays) {
			for (var day = holiday.from(); !day.isAfter(holiday.to()); day = day.plusDays(1)) {
				requireInYear(year, day, holiday.name());
				if (!seen.add(day)) {
					throw new IllegalArgumentException(day + " is listed twice in the arrangement of " + year);
				}
			}
		}
		for (var holiday : holidays) {
			for (var day : holiday.workingWeekends()) {
				requireInYear(year, day, holiday.name());
				if (!seen.add(day)) {
					throw new IllegalArgumentException(day + " is listed twice in the arrangement of " + year);
				}
			}
		}
	}

	private static void requireInYear(int year, LocalDate day, String holiday) {
		if (day.getYear() != year) {
			throw new IllegalArgumentException(holiday + ": " + day + " is not in " + year);
		}
	}

	/** Whether the arrangement gives this date off (weekends are not days off unless listed). */
	public boolean isDayOff(LocalDate date) {
		for (var holiday : holidays) {
			if (holiday.includes(date)) {
				return true;
			}
		}
		return false;
	}

	/** Whether this Saturday or Sunday is a make-up working day (调休上班). */
	public boolean isWorkingWeekend(LocalDate date) {
		for (var holiday : holidays) {
			if (holiday.workingWeekends().contains(date)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the date is a working day under this arrangement alone (no agency days off). */
	public boolean isWorkingDay(LocalDate date) {
		if (isWorkingWeekend(date)) {
			return true;
		}
		return !WorkingDayCalendar.isWeekend(date) && !isDayOff(date);
	}

	/** Every make-up working day of the year, in date order. */
	public SortedSet<LocalDate> workingWeekends() {
		var days = new TreeSet<LocalDate>();
		holidays.forEach(h -> days.addAll(h.workingWeekends()));
		return days;
	}

	/** Reads one year from the JSON format described above. */
	public static HolidayArrangement read(InputStream json) throws IOException {
		JsonNode root = JSON.readTree(json);
		if (root == null || !root.isObject()) {
			throw new IllegalArgumentException("A holiday arrangement must be a JSON object");
		}
		int year = required(root, "year").asInt();
		var holidays = new ArrayList<Holiday>();
		for (var node : required(root, "holidays")) {
			var weekends = new ArrayList<LocalDate>();
			var workingWeekends = node.get("workingWeekends");
			if (workingWeekends != null) {
				workingWeekends.forEach(day -> weekends.add(date(day, "workingWeekends")));
			}
			holidays.add(new Holiday(required(node, "name").asText(), date(required(node, "from"), "from"),
					date(required(node, "to"), "to"), weekends));
		}
		return new HolidayArrangement(year, required(root, "source").asText(), holidays);
	}

	private static JsonNode required(JsonNode node, String field) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			throw new IllegalArgumentException("Holiday arrangement lacks \"" + field + "\": " + node);
		}
		return value;
	}

	private static LocalDate date(JsonNode node, String field) {
		try {
			return LocalDate.parse(node.asText());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("\"" + field + "\" is not a date (YYYY-MM-DD): " + node, e);
		}
	}

	/**
	 * One holiday of the notice: its days off and the weekend days worked instead.
	 *
	 * @param name the holiday as the notice names it, e.g. 春节
	 * @param from first day off
	 * @param to last day off (inclusive)
	 * @param workingWeekends the Saturdays and Sundays that are working days because of it
	 */
	public record Holiday(String name, LocalDate from, LocalDate to, List<LocalDate> workingWeekends) {

		public Holiday {
			if (name == null || name.isBlank() || from == null || to == null || to.isBefore(from)) {
				throw new IllegalArgumentException("A holiday needs a name and from ≤ to: " + name + " " + from + "…" + to);
			}
			workingWeekends = List.copyOf(workingWeekends);
			for (var day : workingWeekends) {
				if (!WorkingDayCalendar.isWeekend(day)) {
					throw new IllegalArgumentException(name + ": make-up working day " + day + " is a "
							+ day.getDayOfWeek() + ", not a Saturday or Sunday");
				}
			}
		}

		/** Whether the date is one of this holiday's days off. */
		public boolean includes(LocalDate date) {
			return !date.isBefore(from) && !date.isAfter(to);
		}
	}
}
