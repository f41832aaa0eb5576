package org.gongkai.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The calendar against SPEC §6, on the data files shipped in {@code calendar/}. Every expected date
 * was counted by hand on a paper calendar, the count written beside it.
 */
class WorkingDayCalendarTests {

	private static final List<HolidayArrangement> ALL_SHIPPED = CalendarConfiguration
		.read(new PathMatchingResourcePatternResolver(), CalendarConfiguration.DATA);

	/** The years of SPEC §6 only, so the fallback tests for 2027 hold after cn-2027.json is added. */
	private static final List<HolidayArrangement> SHIPPED = ALL_SHIPPED.stream()
		.filter(arrangement -> arrangement.year() <= 2026)
		.toList();

	private final WorkingDayCalendar calendar = new WorkingDayCalendar(SHIPPED);

	@ParameterizedTest(name = "{0} + {1} WD → {2}")
	@CsvSource(textBlock = """
			2025-01-20,  7, 2025-02-05
			2025-04-25, 20, 2025-05-27
			2025-09-25, 20, 2025-10-29
			2025-12-31, 20, 2026-01-29
			2026-02-10,  7, 2026-02-26
			2026-09-18, 15, 2026-10-15
			""")
	void workedExamplesOfSpec(LocalDate trigger, int workingDays, LocalDate due) {
		assertThat(calendar.addWorkingDays(trigger, workingDays)).isEqualTo(new Deadline(due, false));
		assertThat(calendar.workingDaysBetween(trigger, due)).isEqualTo(workingDays);
	}

	@Test
	void bothYearsAreShippedWithTheirSources() {
		assertThat(ALL_SHIPPED).extracting(HolidayArrangement::year).contains(2025, 2026).doesNotHaveDuplicates();
		assertThat(calendar.publishedYears()).containsExactly(2025, 2026);
		assertThat(calendar.arrangement(2025).orElseThrow().source()).contains("国办发明电〔2024〕12号");
		assertThat(calendar.arrangement(2026).orElseThrow().holidays()).hasSize(7);
	}

	@Test
	void bothYearsHave248WorkingDays() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(248);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
		assertThat(LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1)).filter(calendar::isWorkingDay))
			.hasSize(248);
		assertThat(LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).filter(calendar::isWorkingDay))
			.hasSize(248);
	}

	@Test
	void makeUpWeekendsAreWorkingDaysAndOtherWeekendsAreNot() {
		var makeUp = List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
				"2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
		makeUp.forEach(day -> assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isTrue());
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-25"))).as("the Saturday before").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-08"))).as("an ordinary Saturday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-01"))).as("an ordinary Sunday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-03-10"))).as("an ordinary Monday").isTrue();
	}

	@Test
	void everyDayOffOfTheTableIsOff() {
		var blocks = List.of("2025-01-01..2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06",
				"2025-05-01..2025-05-05", "2025-05-31..2025-06-02", "2025-10-01..2025-10-08", "2026-01-01..2026-01-03",
				"2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05", "2026-06-19..2026-06-21",
				"2026-09-25..2026-09-27", "2026-10-01..2026-10-07");
		for (var block : blocks) {
			var from = LocalDate.parse(block.substring(0, 10));
			var to = LocalDate.parse(block.substring(12));
			from.datesUntil(to.plusDays(1)).forEach(day -> assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
			assertThat(calendar.isWorkingDay(to.plusDays(1)) || WorkingDayCalendar.isWeekend(to.plusDays(1)))
				.as("the day after " + block)
				.isTrue();
		}
	}

	/** For each holiday block: a trigger just before it, one inside it, and the make-up day counted. */
	@ParameterizedTest(name = "{0} + {1} WD → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# 2025 元旦 (01-01 Wed, no make-up)
			2024-12-31 | 1 | 2025-01-02   # 01 off → 02 Thu (1)
			2025-01-01 | 3 | 2025-01-06   # 02 Thu (1), 03 Fri (2), 06 Mon (3)
			# 2025 春节 (01-28 Tue…02-04 Tue; 01-26 Sun and 02-08 Sat worked)
			2025-01-24 | 1 | 2025-01-26   # 25 Sat off, 26 Sun make-up (1)
			2025-01-27 | 1 | 2025-02-05   # 28…04 off → 05 Wed (1)
			2025-01-30 | 3 | 2025-02-07   # 05 (1), 06 (2), 07 Fri (3)
			2025-01-30 | 4 | 2025-02-08   # … 08 Sat make-up (4)
			2025-01-30 | 5 | 2025-02-10   # 09 Sun off, 10 Mon (5)
			# 2025 清明节 (04-04 Fri…04-06 Sun)
			2025-04-02 | 2 | 2025-04-07   # 03 Thu (1), 04…06 off, 07 Mon (2)
			2025-04-03 | 1 | 2025-04-07
			2025-04-05 | 2 | 2025-04-08   # 07 (1), 08 (2)
			# 2025 劳动节 (05-01 Thu…05-05 Mon; 04-27 Sun worked)
			2025-04-25 | 1 | 2025-04-27   # 26 Sat off, 27 Sun make-up (1)
			2025-04-30 | 1 | 2025-05-06   # 01…05 off → 06 Tue (1)
			2025-05-03 | 5 | 2025-05-12   # 06 (1), 07 (2), 08 (3), 09 (4), 10/11 weekend, 12 Mon (5)
			# 2025 端午节 (05-31 Sat…06-02 Mon)
			2025-05-29 | 3 | 2025-06-04   # 30 Fri (1), 31…02 off, 03 Tue (2), 04 Wed (3)
			2025-05-30 | 1 | 2025-06-03
			2025-06-01 | 1 | 2025-06-03
			# 2025 国庆节、中秋节 (10-01 Wed…10-08 Wed; 09-28 Sun and 10-11 Sat worked)
			2025-09-26 | 1 | 2025-09-28   # 27 Sat off, 28 Sun make-up (1)
			2025-09-30 | 1 | 2025-10-09   # 01…08 off → 09 Thu (1)
			2025-10-05 | 3 | 2025-10-11   # 09 (1), 10 (2), 11 Sat make-up (3)
			2025-10-05 | 4 | 2025-10-13   # 12 Sun off, 13 Mon (4)
			# 2026 元旦 (01-01 Thu…01-03 Sat; 01-04 Sun worked)
			2025-12-30 | 2 | 2026-01-04   # 31 Wed (1), 01…03 off, 04 Sun make-up (2)
			2025-12-31 | 1 | 2026-01-04
			2026-01-02 | 2 | 2026-01-05   # 04 (1), 05 Mon (2)
			# 2026 春节 (02-15 Sun…02-23 Mon; 02-14 Sat and 02-28 Sat worked)
			2026-02-13 | 1 | 2026-02-14   # 14 Sat make-up (1)
			2026-02-14 | 1 | 2026-02-24   # 15…23 off → 24 Tue (1)
			2026-02-18 | 4 | 2026-02-27   # 24 (1), 25 (2), 26 (3), 27 Fri (4)
			2026-02-18 | 5 | 2026-02-28   # 28 Sat make-up (5)
			2026-02-18 | 6 | 2026-03-02   # 01 Sun off, 02 Mon (6)
			# 2026 清明节 (04-04 Sat…04-06 Mon)
			2026-04-03 | 1 | 2026-04-07   # 04…06 off → 07 Tue (1)
			2026-04-05 | 2 | 2026-04-08   # 07 (1), 08 (2)
			# 2026 劳动节 (05-01 Fri…05-05 Tue; 05-09 Sat worked)
			2026-04-30 | 1 | 2026-05-06   # 01…05 off → 06 Wed (1)
			2026-05-02 | 3 | 2026-05-08   # 06 (1), 07 (2), 08 Fri (3)
			2026-05-02 | 4 | 2026-05-09   # 09 Sat make-up (4)
			2026-05-02 | 5 | 2026-05-11   # 10 Sun off, 11 Mon (5)
			# 2026 端午节 (06-19 Fri…06-21 Sun)
			2026-06-18 | 1 | 2026-06-22   # 19…21 off → 22 Mon (1)
			2026-06-20 | 1 | 2026-06-22
			2026-06-17 | 3 | 2026-06-23   # 18 Thu (1), 22 (2), 23 (3)
			# 2026 中秋节 (09-25 Fri…09-27 Sun; 09-20 Sun worked, listed under 国庆节)
			2026-09-18 | 1 | 2026-09-20   # 19 Sat off, 20 Sun make-up (1)
			2026-09-24 | 1 | 2026-09-28   # 25…27 off → 28 Mon (1)
			2026-09-26 | 3 | 2026-09-30   # 28 (1), 29 (2), 30 (3)
			# 2026 国庆节 (10-01 Thu…10-07 Wed; 10-10 Sat worked)
			2026-09-26 | 4 | 2026-10-08   # … 01…07 off, 08 Thu (4)
			2026-09-30 | 1 | 2026-10-08
			2026-10-03 | 2 | 2026-10-09   # 08 (1), 09 Fri (2)
			2026-10-03 | 3 | 2026-10-10   # 10 Sat make-up (3)
			2026-10-03 | 4 | 2026-10-12   # 11 Sun off, 12 Mon (4)
			""")
	void aroundEveryHolidayBlock(LocalDate trigger, int workingDays, String dueAndNote) {
		var due = LocalDate.parse(dueAndNote.replaceAll("#.*", "").strip());
		assertThat(calendar.addWorkingDays(trigger, workingDays)).isEqualTo(new Deadline(due, false));
	}

	@Test
	void theTriggerDayIsNeverCountedEvenIfItIsAWorkingDay() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 10), 1).due()).isEqualTo(LocalDate.of(2025, 3, 11));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 14), 1).due()).as("Friday → Monday")
			.isEqualTo(LocalDate.of(2025, 3, 17));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 15), 1).due()).as("Saturday → Monday")
			.isEqualTo(LocalDate.of(2025, 3, 17));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 14), 0).due()).isEqualTo(LocalDate.of(2025, 3, 14));
	}

	@Test
	void countingBackFindsTheWarningDay() {
		// due Thu 2025-10-09, counting back over 1–8 Oct off: (1) 30 Sep Tue, (2) 29 Sep Mon,
		// (3) 28 Sep Sun make-up, 27 Sep Sat off, (4) 26 Sep Fri, (5) 25 Sep Thu
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 10, 9), -5).due()).isEqualTo(LocalDate.of(2025, 9, 25));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 10, 9), -1).due()).isEqualTo(LocalDate.of(2025, 9, 30));
	}

	@Test
	void workingDaysBetweenCountsWhatIsLeft() {
		var due = LocalDate.of(2025, 2, 5);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 27), due)).as("only days off between").isEqualTo(1);
		assertThat(calendar.workingDaysBetween(due, due)).as("due today").isZero();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4))).isZero();
		// overdue: 06 Thu (1), 07 Fri (2), 08 Sat make-up (3)
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 2, 8), due)).isEqualTo(-3);
	}

	@Test
	void anExtensionAddsToTheOriginalDueDate() {
		// 2025-09-25 + 20 → 2025-10-29 Wed; + 20 more: Oct 30, 31 (2), Nov 3–7 (7), 10–14 (12), 17–21 (17), 24–26 (20)
		var original = calendar.addWorkingDays(LocalDate.of(2025, 9, 25), 20);
		assertThat(calendar.extend(original, 20)).isEqualTo(new Deadline(LocalDate.of(2025, 11, 26), false));
	}

	@Test
	void yearWithoutDataFallsBackToWeekendsAndFixedDateHolidaysProvisionally() {
		// 2027-01-01 is a Friday: 1 Jan off by the fallback, 2–3 Jan weekend
		assertThat(calendar.isPublished(2027)).isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1))
			.isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).as("only 2026 counted")
			.isEqualTo(new Deadline(LocalDate.of(2026, 12, 31), false));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2))
			.isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));
		// 1–3 October 2027 are Fri–Sun; the fallback knows nothing of the real 国庆 week
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 4))).isTrue();
		assertThat(calendar.addWorkingDays(LocalDate.of(2027, 9, 30), 1))
			.isEqualTo(new Deadline(LocalDate.of(2027, 10, 4), true));
		// 1 May 2027 is a Saturday, 3 May a Monday and a working day by the fallback
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2028, 5, 2))).as("Tuesday 2 May 2028").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Spring Festival unknown").isTrue();
	}

	@Test
	void yearBeforeTheDataIsProvisionalToo() {
		// 2024-12-30 Mon → 31 Tue (1), counted in 2024 which has no data here
		assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 30), 1))
			.isEqualTo(new Deadline(LocalDate.of(2024, 12, 31), true));
	}

	@Test
	void addingTheYearRecomputesAndTellsTheListener() {
		var changes = new ArrayList<CalendarChanged>();
		var live = new WorkingDayCalendar(SHIPPED, Set.of(), changes::add);
		var provisional = live.addWorkingDays(LocalDate.of(2026, 12, 31), 1);
		assertThat(provisional).isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));

		// invented for the test, not the State Council's arrangement: 1–3 Jan off, Sunday 10 Jan worked
		var year2027 = new HolidayArrangement(2027, "test data", List.of(new HolidayArrangement.Holiday("元旦",
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), List.of(LocalDate.of(2027, 1, 10)))));
		assertThat(live.addYear(year2027)).contains(new CalendarChanged(2027, true));
		assertThat(changes).containsExactly(new CalendarChanged(2027, true));
		assertThat(live.isPublished(2027)).isTrue();
		assertThat(live.addWorkingDays(LocalDate.of(2026, 12, 31), 1))
			.isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), false));
		// 04 Mon (1) … 08 Fri (5), 10 Sun make-up (6)
		assertThat(live.addWorkingDays(LocalDate.of(2026, 12, 31), 6))
			.isEqualTo(new Deadline(LocalDate.of(2027, 1, 10), false));

		assertThat(live.addYear(year2027)).as("the same data again").isEmpty();
		var corrected = new HolidayArrangement(2027, "test data, corrected", year2027.holidays());
		assertThat(live.addYear(corrected)).contains(new CalendarChanged(2027, false));
		assertThat(changes).hasSize(2);
	}

	@Test
	void agencyExtraDayOffIsNotAWorkingDay() {
		// an ethnic holiday of the region on Friday 2025-06-06
		var local = new WorkingDayCalendar(SHIPPED, Set.of(LocalDate.of(2025, 6, 6)), changed -> {
		});
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 6, 5), 1).due()).isEqualTo(LocalDate.of(2025, 6, 6));
		// 06 off, 07/08 weekend → 09 Mon (1)
		assertThat(local.addWorkingDays(LocalDate.of(2025, 6, 5), 1)).isEqualTo(new Deadline(LocalDate.of(2025, 6, 9), false));
		assertThat(local.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(247);
	}

	@Test
	void arrangementIsReadFromJsonAndChecked() throws Exception {
		var json = """
				{ "year": 2030, "source": "test", "holidays": [
				  { "name": "春节", "from": "2030-02-02", "to": "2030-02-08", "workingWeekends": ["2030-01-26"] } ] }
				""";
		var arrangement = HolidayArrangement.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(arrangement.isDayOff(LocalDate.of(2030, 2, 4))).isTrue();
		assertThat(arrangement.workingWeekends()).containsExactly(LocalDate.of(2030, 1, 26));

		assertThatThrownBy(() -> read(json.replace("2030-01-26", "2030-01-28"))).as("a Monday as make-up day")
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("MONDAY");
		assertThatThrownBy(() -> read(json.replace("2030-02-08", "2031-02-08"))).as("outside the year")
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> read(json.replace("2030-01-26", "2030-02-02"))).as("both off and worked")
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> read(json.replace("\"source\": \"test\",", ""))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> read(json.replace("2030-02-02", "2030-02-30"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void twoDifferentArrangementsOfOneYearAreRefused() {
		var other = new HolidayArrangement(2025, "other", List.of());
		assertThatThrownBy(() -> new WorkingDayCalendar(List.of(SHIPPED.get(0), SHIPPED.get(1), other)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static HolidayArrangement read(String json) throws Exception {
		return HolidayArrangement.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}
}
