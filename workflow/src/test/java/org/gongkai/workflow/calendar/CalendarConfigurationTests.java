package org.gongkai.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Configuration;

/** The Spring wiring of the calendar: data from the class path, agency days off, change events. */
class CalendarConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class, Changes.class);

	@Test
	void calendarIsBuiltFromTheClassPathData() {
		context.run(app -> {
			var calendar = app.getBean(WorkingDayCalendar.class);
			assertThat(calendar.publishedYears()).contains(2025, 2026);
			assertThat(calendar.extraDaysOff()).isEmpty();
		});
	}

	@Test
	void agencyDaysOffComeFromConfiguration() {
		context
			.withPropertyValues("gongkai.workflow.calendar.extra-days-off[0]=2025-06-06",
					"gongkai.workflow.calendar.extra-days-off[1]=2026-03-18..2026-03-20")
			.run(app -> {
				var calendar = app.getBean(WorkingDayCalendar.class);
				assertThat(calendar.extraDaysOff()).containsExactlyInAnyOrder(LocalDate.of(2025, 6, 6),
						LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20));
				assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 19))).isFalse();
			});
	}

	@Test
	void malformedAgencyDayOffStopsTheStart() {
		context.withPropertyValues("gongkai.workflow.calendar.extra-days-off=2025-13-01")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.hasStackTraceContaining("extra-days-off: \"2025-13-01\" is neither a date"));
	}

	@Test
	void addedYearIsPublishedAsApplicationEvent() {
		context.run(app -> {
			var calendar = app.getBean(WorkingDayCalendar.class);
			calendar.addYear(new HolidayArrangement(2099, "test data", List.of()));
			assertThat(app.getBean(Changes.class).received).containsExactly(new CalendarChanged(2099, true));
		});
	}

	@Test
	void propertiesParseDatesAndRanges() {
		var properties = new CalendarProperties(List.of(" 2025-06-06 ", "2025-10-20..2025-10-21"));
		assertThat(properties.extraDaysOffDates()).isEqualTo(
				Set.of(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 21)));
		assertThat(new CalendarProperties(null).extraDaysOffDates()).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	static class Changes implements ApplicationListener<PayloadApplicationEvent<CalendarChanged>> {

		final List<CalendarChanged> received = new ArrayList<>();

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<CalendarChanged> event) {
			received.add(event.getPayload());
		}
	}
}
