package org.gongkai.workflow.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.gongkai.workflow.WorkflowTestApplication;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.RequestProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue's series of the statistics (items by month, column and department, art. 26 timeliness, the column ×
 * department × month cross-tabs), which the database counts, against the same figures worked out here item by item
 * from the instant of publication in the agency's zone and the working-day calendar: random items around a year,
 * and the edges named (a month's and the year's first and last minutes, the last minute of the limit and the first
 * after it, a 成文日期 in the year before whose limit reaches into the year, one long before, one dated ahead).
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
		"spring.datasource.url=jdbc:h2:mem:published-statistics;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"camunda.bpm.database.type=h2", "camunda.bpm.job-execution.enabled=false" })
class PublishedItemStatisticsTests {

	private static final int YEAR = 2026;

	private static final List<String> COLUMNS = List.of("guide", "rules", "statutory");

	private static final List<String> DEPARTMENTS = List.of("fgw", "bgs");

	@Autowired
	OfficeStatistics statistics;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	RequestProperties properties;

	@Autowired
	Departments departments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	@Autowired
	TransactionTemplate transactions;

	private final List<Item> items = new ArrayList<>();

	private record Item(String column, String department, LocalDate written, Instant published, String status) {
	}

	@BeforeEach
	void items() {
		if (!departments.existsById("fgw")) {
			departments.saveAll(List.of(new Department("fgw", "市发展和改革委员会", "000014349", false),
					new Department("bgs", "市人民政府办公室", "000014348", true)));
		}
		jdbc.update("delete from catalogue_item");
		var zone = zone();
		var limit = limit(LocalDate.of(YEAR, 9, 14));
		var edges = List.of(
				new Item("guide", "fgw", LocalDate.of(YEAR, 3, 20), at(YEAR, 3, 31, 23, 59), "PUBLISHED"),
				new Item("guide", "fgw", LocalDate.of(YEAR, 3, 20), at(YEAR, 4, 1, 0, 0), "PUBLISHED"),
				new Item("rules", "bgs", LocalDate.of(YEAR - 1, 12, 30), at(YEAR, 1, 1, 0, 0), "PUBLISHED"),
				new Item("rules", "bgs", LocalDate.of(YEAR - 1, 12, 30), at(YEAR - 1, 12, 31, 23, 59), "PUBLISHED"),
				new Item("rules", "bgs", LocalDate.of(YEAR, 12, 1), at(YEAR, 12, 31, 23, 59), "PUBLISHED"),
				new Item("rules", "bgs", LocalDate.of(YEAR, 12, 1), at(YEAR + 1, 1, 1, 0, 0), "PUBLISHED"),
				new Item("statutory", "fgw", LocalDate.of(YEAR, 9, 14),
						limit.atTime(23, 59, 59).atZone(zone).toInstant(), "PUBLISHED"),
				new Item("statutory", "fgw", LocalDate.of(YEAR, 9, 14), limit.plusDays(1).atStartOfDay(zone).toInstant(),
						"PUBLISHED"),
				new Item("statutory", "fgw", LocalDate.of(YEAR - 1, 12, 10), at(YEAR, 1, 5, 10, 0), "PUBLISHED"),
				new Item("statutory", "fgw", LocalDate.of(YEAR - 1, 6, 1), at(YEAR, 1, 5, 10, 0), "PUBLISHED"),
				new Item("guide", "bgs", LocalDate.of(YEAR + 1, 1, 8), at(YEAR, 12, 30, 9, 0), "PUBLISHED"),
				new Item("guide", "bgs", LocalDate.of(YEAR, 5, 6), at(YEAR, 5, 7, 9, 0), "IN_REVIEW"));
		assertThat(limit(LocalDate.of(YEAR - 1, 12, 10))).as("the limit of an item formed in December is next year's")
			.isAfter(LocalDate.of(YEAR, 1, 5));
		items.addAll(edges);
		var random = new Random(20261208);
		var from = LocalDate.of(YEAR - 1, 10, 1);
		for (int i = 0; i < 400; i++) {
			var written = from.plusDays(random.nextInt(470));
			var published = written.atStartOfDay(zone)
				.toInstant()
				.plusSeconds(random.nextLong(60L * 24 * 3600))
				.minusSeconds(random.nextInt(3) == 0 ? 3L * 24 * 3600 : 0);
			items.add(new Item(COLUMNS.get(random.nextInt(COLUMNS.size())),
					DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())), written, published, "PUBLISHED"));
		}
		for (var item : items) {
			insert(item);
		}
	}

	@Test
	void theDatabasesCountsAreThoseOfEachItemInTheAgencysZoneAndCalendar() {
		var zone = zone();
		var byMonth = new long[12];
		var byColumn = new TreeMap<String, Long>();
		var byDepartment = new TreeMap<String, long[]>();
		var crossTab = new HashMap<List<String>, long[][]>();
		int counted = 0;
		for (var item : items) {
			var day = item.published().atZone(zone).toLocalDate();
			if (!item.status().equals("PUBLISHED") || day.getYear() != YEAR) {
				continue;
			}
			counted++;
			boolean onTime = !day.isAfter(limit(item.written()));
			byMonth[day.getMonthValue() - 1]++;
			byColumn.merge(columnName(item.column()), 1L, Long::sum);
			var department = byDepartment.computeIfAbsent(item.department(), code -> new long[2]);
			department[0]++;
			var cell = crossTab.computeIfAbsent(List.of(columnName(item.column()), departmentName(item.department())),
					key -> new long[2][12]);
			cell[0][day.getMonthValue() - 1]++;
			if (onTime) {
				department[1]++;
				cell[1][day.getMonthValue() - 1]++;
			}
		}
		assertThat(counted).as("items of the year").isGreaterThan(200);
		assertThat(byMonth[2]).as("31 March 23:59 in March").isPositive();

		var months = new ArrayList<List<Object>>();
		for (int month = 1; month <= 12; month++) {
			months.add(List.of(month + "月", byMonth[month - 1]));
		}
		assertThat(statistics.itemsByMonth(YEAR).rows()).isEqualTo(months);
		assertThat(statistics.itemsByColumn(YEAR).rows())
			.containsExactlyInAnyOrderElementsOf(byColumn.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
		assertThat(statistics.itemsByDepartment(YEAR).rows()).containsExactly(
				List.of(departmentName("bgs"), (long) byDepartment.get("bgs")[0]),
				List.of(departmentName("fgw"), (long) byDepartment.get("fgw")[0]));
		var timeliness = new ArrayList<List<Object>>();
		byDepartment.forEach((code, counts) -> timeliness.add(List.of(departmentName(code), counts[0], counts[1],
				Math.round(1000.0 * counts[1] / counts[0]) / 10.0)));
		assertThat(statistics.itemTimeliness(YEAR).rows()).isEqualTo(timeliness);

		var tab = statistics.itemCrossTab(YEAR);
		var published = new HashMap<List<String>, List<Object>>();
		var onTime = new HashMap<List<String>, List<Object>>();
		tab.published().rows().forEach(row -> published.put(labels(row), row.subList(2, 14)));
		tab.onTime().rows().forEach(row -> onTime.put(labels(row), row.subList(2, 14)));
		crossTab.remove(List.of("合计", ""));
		assertThat(published.keySet()).containsAll(crossTab.keySet()).hasSize(crossTab.size() + 1);
		crossTab.forEach((key, counts) -> {
			assertThat(published.get(key)).as("published %s", key).isEqualTo(longs(counts[0]));
			assertThat(onTime.get(key)).as("on time %s", key).isEqualTo(longs(counts[1]));
		});
	}

	@Test
	void theEdgesFallOnTheDayOfTheAgencysZone() {
		var tab = statistics.itemCrossTab(YEAR);
		var all = statutoryOfFgw(tab.published());
		var statutory = statutoryOfFgw(tab.onTime());
		var expectedOnTime = new long[12];
		var expectedAll = new long[12];
		for (var item : items) {
			var day = item.published().atZone(zone()).toLocalDate();
			if (item.column().equals("statutory") && item.department().equals("fgw") && day.getYear() == YEAR) {
				expectedAll[day.getMonthValue() - 1]++;
				if (!day.isAfter(limit(item.written()))) {
					expectedOnTime[day.getMonthValue() - 1]++;
				}
			}
		}
		assertThat(all.subList(2, 14)).isEqualTo(longs(expectedAll));
		assertThat(statutory.subList(2, 14)).as("the limit's last second on time, the next day's first late; a December "
				+ "item in time in January, a June one not").isEqualTo(longs(expectedOnTime));
		assertThat(expectedOnTime[0]).isLessThan(expectedAll[0]);
	}

	private List<Object> statutoryOfFgw(Series series) {
		return series.rows()
			.stream()
			.filter(row -> row.get(0).equals(columnName("statutory")) && row.get(1).equals(departmentName("fgw")))
			.findFirst()
			.orElseThrow();
	}

	private void insert(Item item) {
		jdbc.update("insert into catalogue_item (version, status, title, issuer, department_code, written_date, column_code, "
				+ "validity, created_by, created_at, updated_at) values (0, ?, '统计测试', '测试机关', ?, ?, ?, 'VALID', 'test', "
				+ "current_timestamp, current_timestamp)", item.status(), item.department(), item.written(), item.column());
		long id = jdbc.queryForObject("select max(id) from catalogue_item", Long.class);
		// the instant is written as the application writes it (Hibernate's binding), not by hand
		transactions.executeWithoutResult(status -> entities
			.createQuery("update CatalogueItem i set i.publishedAt = :at where i.id = :id")
			.setParameter("at", item.published())
			.setParameter("id", id)
			.executeUpdate());
	}

	private LocalDate limit(LocalDate written) {
		return calendar.addWorkingDays(written, OfficeStatistics.PUBLICATION_WORKING_DAYS).due();
	}

	private Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(zone()).toInstant();
	}

	private ZoneId zone() {
		return properties.zone();
	}

	private String columnName(String code) {
		return jdbc.queryForObject("select name from catalogue_column where code = ?", String.class, code);
	}

	private static String departmentName(String code) {
		return Map.of("fgw", "市发展和改革委员会", "bgs", "市人民政府办公室").get(code);
	}

	private static List<String> labels(List<Object> row) {
		return List.of((String) row.get(0), (String) row.get(1));
	}

	private static List<Object> longs(long[] values) {
		var list = new ArrayList<Object>();
		for (long value : values) {
			list.add(value);
		}
		return list;
	}
}
