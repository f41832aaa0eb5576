package org.gongkai.portal.calendar;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.system.InvalidParameter;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Anonymous deadline arithmetic on the working-day calendar, e.g. for an applicant's reply date. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "calendar", description = "工作日期限计算（匿名）")
class CalendarApiController {

	static final int MAX_WORKING_DAYS = 1000;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	private final WorkingDayCalendar calendar;

	CalendarApiController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * @param provisional whether a counted day lies in a year whose holiday arrangement has not been
	 * published yet, so the date may still move
	 */
	record DeadlineAnswer(LocalDate from, int workingDays, LocalDate due, boolean provisional) {
	}

	@GetMapping("/deadline")
	@Operation(summary = "N 个工作日后的期限",
			description = "The trigger day is not counted; counting starts the next day, over the State Council's holiday arrangement. `provisional` is true when a counted day lies in a year whose arrangement is not yet published (weekends and fixed-date holidays assumed).")
	DeadlineAnswer deadline(
			@Parameter(description = "起算日（当日不计入），YYYY-MM-DD", example = "2025-01-20") @RequestParam
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "工作日数，1–1000", example = "7") @RequestParam int workingDays) {
		if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
			throw new InvalidParameter("from", "api.parameter.dateRange", "from", EARLIEST.toString(),
					LATEST.toString());
		}
		InvalidParameter.requireBetween("workingDays", workingDays, 1, MAX_WORKING_DAYS);
		var deadline = calendar.addWorkingDays(from, workingDays);
		return new DeadlineAnswer(from, workingDays, deadline.due(), deadline.provisional());
	}
}
