package org.gongkai.workflow.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueColumn;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.CorrectionOutcome;
import org.gongkai.workflow.request.RecordFormSuggestions;
import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestProperties;
import org.gongkai.workflow.request.RequestStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's dashboards for one year: requests by month, applicant type, outcome and department,
 * replies on time and the median working days to reply, the overdue list, and catalogue items
 * published per column and department per month (also as a column × department × month cross-tab)
 * with their timeliness against art. 26's 20 WD. Every
 * count is a grouped query. Replies' durations need the working-day calendar, so their rows are read in
 * one query and counted here; the items' timeliness is counted by the database against limits worked out
 * here with the calendar.
 */
@Service
public class OfficeStatistics {

	/** Art. 26: proactive information is published within 20 WD of being formed. */
	static final int PUBLICATION_WORKING_DAYS = 20;

	/** The statuses in which a request's reply clock runs, so that it can be overdue. */
	private static final List<RequestStatus> OPEN = List.of(RequestStatus.RECEIVED, RequestStatus.HANDLING,
			RequestStatus.REVIEW);

	private final EntityManager entities;

	private final Departments departments;

	private final CatalogueColumns columns;

	private final WorkingDayCalendar calendar;

	private final RequestProperties requestProperties;

	private final Clock clock;

	private final List<StatisticsSection> sections;

	OfficeStatistics(EntityManager entities, Departments departments, CatalogueColumns columns,
			WorkingDayCalendar calendar, RequestProperties requestProperties, Clock clock,
			List<StatisticsSection> sections) {
		this.sections = List.copyOf(sections);
		this.entities = entities;
		this.departments = departments;
		this.columns = columns;
		this.calendar = calendar;
		this.requestProperties = requestProperties;
		this.clock = clock;
	}

	/** Every series of the dashboard, in the order shown. */
	@Transactional(readOnly = true)
	public List<Series> all(int year) {
		// the year's published items are counted once, by the database, for every catalogue series (at 1,000,000
		// items some 100,000 a year: a few thousand counts come back, not the items)
		var items = publishedItems(year);
		var crossTab = itemCrossTab(items);
		var all = new ArrayList<>(List.of(requestsByMonth(year), requestsByApplicantType(year),
				requestsByChannel(year), requestsByOutcome(year), requestsByDepartment(year), replyTimeliness(year),
				overdue(), itemsByMonth(items), itemsByColumn(items), itemsByDepartment(items), itemTimeliness(items),
				crossTab.published(), crossTab.onTime(), formSuggestions(year), byGovernment(year, items)));
		sections.forEach(section -> all.addAll(section.series(year)));
		return List.copyOf(all);
	}

	/** The sections other kinds of case contribute, after the core ones. */
	public List<StatisticsSection> sections() {
		return sections;
	}

	/**
	 * The application form's "already published?" suggestions, per month of the visit's first suggestion:
	 * visits that showed them, how often a suggestion was clicked, visits that then filed a request, and
	 * visits that filed nothing within {@value RecordFormSuggestions#ABANDONED_AFTER_HOURS} hours (left
	 * without filing; younger visits are still open and not counted as left).
	 */
	@Transactional(readOnly = true)
	public Series formSuggestions(int year) {
		var zone = zone();
		var openSince = clock.instant().minus(Duration.ofHours(RecordFormSuggestions.ABANDONED_AFTER_HOURS));
		var shown = new long[12];
		var clicks = new long[12];
		var filed = new long[12];
		var left = new long[12];
		entities.createQuery("select s.suggestionsShownAt, s.clickCount, s.filedAt from FormSession s "
				+ "where s.suggestionsShownAt >= :start and s.suggestionsShownAt < :end", Object[].class)
			.setParameter("start", LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
			.setParameter("end", LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant())
			.getResultList()
			.forEach(row -> {
				var at = (Instant) row[0];
				int month = at.atZone(zone).getMonthValue() - 1;
				shown[month]++;
				clicks[month] += ((Number) row[1]).longValue();
				if (row[2] != null) {
					filed[month]++;
				}
				else if (at.isBefore(openSince)) {
					left[month]++;
				}
			});
		var rows = new ArrayList<List<Object>>();
		for (int month = 1; month <= 12; month++) {
			rows.add(List.of(month + "月", shown[month - 1], clicks[month - 1], filed[month - 1], left[month - 1]));
		}
		return new Series("form-suggestions-by-month", "申请表“已公开信息”提示",
				List.of("月份", "显示提示的填写次数", "点击提示次数", "其后提交申请", "未提交即离开"), rows);
	}

	/**
	 * The year's requests received and items published per government: the government with its own
	 * departments (本级), and each district with its departments (its scope, see
	 * {@link org.gongkai.workflow.organisation.AgencyTree#scope}). Requests not assigned yet count for
	 * the general office, as in the annual report.
	 */
	@Transactional(readOnly = true)
	public Series byGovernment(int year) {
		return byGovernment(year, publishedItems(year));
	}

	private Series byGovernment(int year, PublishedItems published) {
		var tree = departments.tree();
		var office = departments.findAll()
			.stream()
			.filter(org.gongkai.workflow.organisation.Department::isGeneralOffice)
			.map(org.gongkai.workflow.organisation.Department::getCode)
			.findFirst()
			.orElse(null);
		var requests = new LinkedHashMap<String, Long>();
		received(year, "r.departmentCode").forEach(row -> requests.merge(row[0] == null ? office : (String) row[0],
				(Long) row[1], Long::sum));
		var items = published.countBy(PublishedCell::department);
		var rows = new ArrayList<List<Object>>();
		for (var agency : tree.all()) {
			if (!agency.getKind().isGovernment()) {
				continue;
			}
			var scope = tree.scope(agency.getCode());
			rows.add(List.of(agency.getName(), scope.stream().mapToLong(code -> requests.getOrDefault(code, 0L)).sum(),
					scope.stream().mapToLong(code -> items.getOrDefault(code, 0L)).sum()));
		}
		return new Series("by-government", "各级政府（含所属部门）", List.of("机关", "收到申请", "发布条目"), rows);
	}

	@Transactional(readOnly = true)
	public Series requestsByMonth(int year) {
		var counts = new long[12];
		entities.createQuery("select extract(month from r.receivedOn), count(r) from DisclosureRequest r "
				+ "where r.receivedOn >= :from and r.receivedOn <= :to group by extract(month from r.receivedOn)",
				Object[].class)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31))
			.getResultList()
			.forEach(row -> counts[((Number) row[0]).intValue() - 1] = ((Number) row[1]).longValue());
		var rows = new ArrayList<List<Object>>();
		for (int month = 1; month <= 12; month++) {
			rows.add(List.of(month + "月", counts[month - 1]));
		}
		return new Series("requests-by-month", "每月收到申请", List.of("月份", "申请数"), rows);
	}

	@Transactional(readOnly = true)
	public Series requestsByApplicantType(int year) {
		return new Series("requests-by-applicant", "申请人类型", List.of("申请人类型", "申请数"),
				receivedBy(year, "r.applicant.applicantType", ApplicantType.values(), ApplicantType::label));
	}

	/** How the year's applications came (art. 29): online, or registered by the office from a visit, letter, fax, e-mail or call. */
	@Transactional(readOnly = true)
	public Series requestsByChannel(int year) {
		return new Series("requests-by-channel", "申请渠道", List.of("提出方式", "申请数"),
				receivedBy(year, "r.channel", ApplicationChannel.values(), ApplicationChannel::label));
	}

	@Transactional(readOnly = true)
	public Series requestsByOutcome(int year) {
		var counts = new LinkedHashMap<String, Long>();
		entities.createQuery("select r.replyType, r.correction.outcome, count(r) from DisclosureRequest r "
				+ "where r.receivedOn >= :from and r.receivedOn <= :to group by r.replyType, r.correction.outcome",
				Object[].class)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31))
			.getResultList()
			.forEach(row -> counts.merge(outcomeLabel((ReplyType) row[0], (CorrectionOutcome) row[1]), (Long) row[2],
					Long::sum));
		var rows = new ArrayList<List<Object>>();
		counts.forEach((label, count) -> rows.add(List.of(label, count)));
		return new Series("requests-by-outcome", "办理结果", List.of("结果", "申请数"), rows);
	}

	/** Art. 41 correction outcomes are shown apart from the disclosure reply types they are not counted with. */
	private static String outcomeLabel(ReplyType replyType, CorrectionOutcome correction) {
		if (correction != null) {
			return "更正申请：" + correction.label();
		}
		return replyType == null ? "办理中" : replyType.label();
	}

	@Transactional(readOnly = true)
	public Series requestsByDepartment(int year) {
		var names = departmentNames();
		var rows = new ArrayList<List<Object>>();
		received(year, "r.departmentCode").forEach(row -> rows
			.add(List.of(row[0] == null ? "未分办" : names.getOrDefault((String) row[0], (String) row[0]), row[1])));
		return new Series("requests-by-department", "承办部门", List.of("部门", "申请数"), rows);
	}

	/** Replies issued in the year: on time (by the due date, extensions and pauses included) and median working days. */
	@Transactional(readOnly = true)
	public Series replyTimeliness(int year) {
		var replies = replies(year);
		var rows = new ArrayList<List<Object>>();
		rows.add(List.of("答复件数", replies.answered()));
		rows.add(List.of("按期答复件数", replies.onTime()));
		rows.add(List.of("按期答复率（%）", replies.answered() == 0 ? 0 : Math.round(1000.0 * replies.onTime() / replies.answered()) / 10.0));
		rows.add(List.of("答复用时中位数（工作日）", median(replies.workingDays())));
		return new Series("reply-timeliness", "答复及时性", List.of("指标", "数值"), rows);
	}

	/**
	 * The year's key figures beside the previous year's, for the top of the dashboard (docs/counting-rules.md,
	 * "Statistics summary"): requests received, replies issued and those on time, remedies filed; and the
	 * requests overdue today.
	 */
	@Transactional(readOnly = true)
	public KeyFigures keyFigures(int year) {
		return new KeyFigures(year, yearFigures(year), yearFigures(year - 1), overdueCount(),
				LocalDate.now(clock.withZone(zone())));
	}

	private KeyFigures.Year yearFigures(int year) {
		long received = entities.createQuery("select count(r) from DisclosureRequest r where r.receivedOn >= :from "
				+ "and r.receivedOn <= :to", Long.class)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31))
			.getSingleResult();
		var remedies = new java.util.EnumMap<RemedyKind, Long>(RemedyKind.class);
		entities.createQuery("select m.kind, count(m) from RequestRemedy m where m.filedOn >= :from and m.filedOn <= :to "
				+ "group by m.kind", Object[].class)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31))
			.getResultList()
			.forEach(row -> remedies.put((RemedyKind) row[0], (Long) row[1]));
		var replies = replies(year);
		return new KeyFigures.Year(year, received, replies.answered(), replies.onTime(),
				remedies.getOrDefault(RemedyKind.ADMINISTRATIVE_REVIEW, 0L),
				remedies.getOrDefault(RemedyKind.LITIGATION_DIRECT, 0L)
						+ remedies.getOrDefault(RemedyKind.LITIGATION_AFTER_REVIEW, 0L));
	}

	/** The replies issued in a year: how many, how many by their due date, the working days each took. */
	private Replies replies(int year) {
		var zone = zone();
		var replies = entities.createQuery("select r.receivedOn, r.repliedAt, r.replyPeriod.dueOn from DisclosureRequest r "
				+ "where r.repliedAt >= :start and r.repliedAt < :end and r.receivedOn is not null", Object[].class)
			.setParameter("start", LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
			.setParameter("end", LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant())
			.getResultList();
		long onTime = 0;
		var days = new ArrayList<Integer>();
		var dates = new java.util.TreeSet<LocalDate>();
		var replied = new ArrayList<LocalDate>(replies.size());
		for (var row : replies) {
			var day = ((java.time.Instant) row[1]).atZone(zone).toLocalDate();
			replied.add(day);
			dates.add(day);
			dates.add((LocalDate) row[0]);
		}
		var ordinals = workingDayOrdinals(dates);
		for (int i = 0; i < replies.size(); i++) {
			var row = replies.get(i);
			var received = (LocalDate) row[0];
			var day = replied.get(i);
			var due = (LocalDate) row[2];
			if (due == null || !day.isAfter(due)) {
				onTime++;
			}
			days.add(day.isAfter(received) ? ordinals.get(day) - ordinals.get(received) : 0);
		}
		return new Replies(replies.size(), onTime, days);
	}

	/**
	 * For each of {@code dates}, the working days from the first of them to it: the working days between two of
	 * them are the difference of theirs. The calendar walks the span once, not once per reply (a busy year has
	 * 50,000 replies over a few hundred days).
	 */
	private Map<LocalDate, Integer> workingDayOrdinals(java.util.SortedSet<LocalDate> dates) {
		var ordinals = new java.util.HashMap<LocalDate, Integer>();
		LocalDate previous = null;
		int ordinal = 0;
		for (var date : dates) {
			if (previous != null) {
				ordinal += calendar.workingDaysBetween(previous, date);
			}
			ordinals.put(date, ordinal);
			previous = date;
		}
		return ordinals;
	}

	private record Replies(long answered, long onTime, List<Integer> workingDays) {
	}

	private long overdueCount() {
		return entities.createQuery("select count(r) from DisclosureRequest r where r.status in (:open) "
				+ "and r.replyPeriod.dueOn < :today", Long.class)
			.setParameter("open", OPEN)
			.setParameter("today", LocalDate.now(clock.withZone(zone())))
			.getSingleResult();
	}

	/** Open requests past their due date, oldest first. */
	@Transactional(readOnly = true)
	public Series overdue() {
		var today = LocalDate.now(clock.withZone(zone()));
		var names = departmentNames();
		var rows = new ArrayList<List<Object>>();
		entities.createQuery("select r.id, r.receiptNo, r.title, r.departmentCode, r.replyPeriod.dueOn from DisclosureRequest r "
				+ "where r.status in (:open) and r.replyPeriod.dueOn < :today order by r.replyPeriod.dueOn", Object[].class)
			.setParameter("open", OPEN)
			.setParameter("today", today)
			.getResultList()
			.forEach(row -> rows.add(List.of(row[1] == null ? String.valueOf(row[0]) : row[1], row[2],
					row[3] == null ? "未分办" : names.getOrDefault((String) row[3], (String) row[3]),
					String.valueOf(row[4]), (long) calendar.workingDaysBetween((LocalDate) row[4], today))));
		return new Series("overdue", "逾期未答复", List.of("受理编号", "申请内容", "承办部门", "答复期限", "逾期工作日"), rows);
	}

	@Transactional(readOnly = true)
	public Series itemsByMonth(int year) {
		return itemsByMonth(publishedItems(year));
	}

	private static Series itemsByMonth(PublishedItems items) {
		var counts = new long[12];
		items.cells().forEach(cell -> counts[cell.month() - 1] += cell.count());
		var rows = new ArrayList<List<Object>>();
		for (int month = 1; month <= 12; month++) {
			rows.add(List.of(month + "月", counts[month - 1]));
		}
		return new Series("items-by-month", "每月发布目录条目", List.of("月份", "条目数"), rows);
	}

	@Transactional(readOnly = true)
	public Series itemsByColumn(int year) {
		return itemsByColumn(publishedItems(year));
	}

	private Series itemsByColumn(PublishedItems items) {
		var names = new LinkedHashMap<String, String>();
		columns.findAll().forEach(column -> names.put(column.getCode(), columnName(column)));
		var rows = new ArrayList<List<Object>>();
		items.countBy(PublishedCell::column)
			.forEach((code, count) -> rows.add(List.of(names.getOrDefault(code, code), count)));
		return new Series("items-by-column", "各栏目发布条目", List.of("栏目", "条目数"), rows);
	}

	@Transactional(readOnly = true)
	public Series itemsByDepartment(int year) {
		return itemsByDepartment(publishedItems(year));
	}

	private Series itemsByDepartment(PublishedItems items) {
		var names = departmentNames();
		var rows = new ArrayList<List<Object>>();
		items.countBy(PublishedCell::department)
			.forEach((code, count) -> rows.add(List.of(names.getOrDefault(code, code), count)));
		return new Series("items-by-department", "各部门发布条目", List.of("部门", "条目数"), rows);
	}

	/** Art. 26: published within 20 WD of the 成文日期, per department. */
	@Transactional(readOnly = true)
	public Series itemTimeliness(int year) {
		return itemTimeliness(publishedItems(year));
	}

	private Series itemTimeliness(PublishedItems items) {
		var names = departmentNames();
		// by department code, as the rows are shown
		var perDepartment = new java.util.TreeMap<String, long[]>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
		for (var cell : items.cells()) {
			var counts = perDepartment.computeIfAbsent(cell.department(), code -> new long[2]);
			counts[0] += cell.count();
			if (cell.onTime()) {
				counts[1] += cell.count();
			}
		}
		var rows = new ArrayList<List<Object>>();
		perDepartment.forEach((code, counts) -> rows.add(List.of(names.getOrDefault(code, code), counts[0], counts[1],
				Math.round(1000.0 * counts[1] / counts[0]) / 10.0)));
		return new Series("item-timeliness", "主动公开及时性（20个工作日）", List.of("部门", "发布条目", "按时发布", "按时率（%）"), rows);
	}

	/**
	 * Catalogue items published in the year per column × department (rows) × month (columns), with a
	 * 合计 row and column; beside it the same cross-tab of the items published on time (art. 26: within
	 * 20 WD of the 成文日期), so every cell has its timeliness. Rows in the columns' sort order, then
	 * by department name.
	 */
	@Transactional(readOnly = true)
	public ItemCrossTab itemCrossTab(int year) {
		return itemCrossTab(publishedItems(year));
	}

	private ItemCrossTab itemCrossTab(PublishedItems items) {
		var departmentNames = departmentNames();
		var columnNames = new LinkedHashMap<String, String>();
		columns.findAll()
			.stream()
			.sorted(java.util.Comparator.comparingInt(CatalogueColumn::getSortOrder))
			.forEach(column -> columnNames.put(column.getCode(), columnName(column)));
		var columnOrder = new java.util.HashMap<String, Integer>();
		columnNames.keySet().forEach(code -> columnOrder.put(code, columnOrder.size()));
		var cells = new java.util.TreeMap<List<String>, long[][]>(java.util.Comparator
			.<List<String>>comparingInt(key -> columnOrder.getOrDefault(key.get(0), Integer.MAX_VALUE))
			.thenComparing(key -> key.get(0))
			.thenComparing(key -> departmentNames.getOrDefault(key.get(1), key.get(1))));
		for (var cell : items.cells()) {
			var counts = cells.computeIfAbsent(List.of(cell.column(), cell.department()), key -> new long[2][12]);
			counts[0][cell.month() - 1] += cell.count();
			if (cell.onTime()) {
				counts[1][cell.month() - 1] += cell.count();
			}
		}
		var headers = new ArrayList<String>(List.of("栏目", "部门"));
		for (int month = 1; month <= 12; month++) {
			headers.add(month + "月");
		}
		headers.add("合计");
		var published = new ArrayList<List<Object>>();
		var onTime = new ArrayList<List<Object>>();
		var totals = new long[2][12];
		cells.forEach((key, counts) -> {
			var labels = List.<Object>of(columnNames.getOrDefault(key.get(0), key.get(0)),
					departmentNames.getOrDefault(key.get(1), key.get(1)));
			published.add(crossTabRow(labels, counts[0], counts[1]));
			onTime.add(crossTabRow(labels, counts[1], null));
			for (int month = 0; month < 12; month++) {
				totals[0][month] += counts[0][month];
				totals[1][month] += counts[1][month];
			}
		});
		if (!cells.isEmpty()) {
			published.add(crossTabRow(List.of("合计", ""), totals[0], totals[1]));
			onTime.add(crossTabRow(List.of("合计", ""), totals[1], null));
		}
		var publishedHeaders = new ArrayList<>(headers);
		publishedHeaders.addAll(List.of("按时发布", "按时率（%）"));
		return new ItemCrossTab(
				new Series("item-crosstab", "栏目×部门×月份发布条目", publishedHeaders, published),
				new Series("item-crosstab-on-time", "栏目×部门×月份按时发布条目（20个工作日内）", headers, onTime));
	}

	/** The two cross-tabs of {@link #itemCrossTab(int)}: all items published, and those published on time. */
	public record ItemCrossTab(Series published, Series onTime) {
	}

	/**
	 * Items published in the year in one column by one department in one month (1–12, of the day of publication in
	 * the agency's zone), on time (art. 26) or not, and how many.
	 */
	private record PublishedCell(String column, String department, int month, boolean onTime, long count) {
	}

	/** The year's published items, counted by column, department, month and timeliness. */
	private record PublishedItems(List<PublishedCell> cells) {

		/** The items per value of {@code key}, in the value's order (codes; no value without items). */
		Map<String, Long> countBy(java.util.function.Function<PublishedCell, String> key) {
			var counts = new java.util.TreeMap<String, Long>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
			cells.forEach(cell -> counts.merge(key.apply(cell), cell.count(), Long::sum));
			return counts;
		}
	}

	/** The year's published items counted by the database ({@link PublishedItemCountsQuery}). */
	private PublishedItems publishedItems(int year) {
		var counts = PublishedItemCountsQuery.of(year, zone(), calendar);
		var query = entities.createNativeQuery(counts.sql());
		for (int i = 0; i < counts.parameters().size(); i++) {
			query.setParameter(i + 1, counts.parameters().get(i));
		}
		var cells = new ArrayList<PublishedCell>();
		for (var row : (List<?>) query.getResultList()) {
			var columns = (Object[]) row;
			cells.add(new PublishedCell((String) columns[0], (String) columns[1], ((Number) columns[2]).intValue(),
					((Number) columns[3]).intValue() == 1, ((Number) columns[4]).longValue()));
		}
		return new PublishedItems(cells);
	}

	private static List<Object> crossTabRow(List<Object> labels, long[] months, long[] onTime) {
		var row = new ArrayList<Object>(labels);
		long total = 0;
		for (long count : months) {
			row.add(count);
			total += count;
		}
		row.add(total);
		if (onTime != null) {
			long timely = java.util.Arrays.stream(onTime).sum();
			row.add(timely);
			row.add(total == 0 ? 0.0 : Math.round(1000.0 * timely / total) / 10.0);
		}
		return row;
	}

	/** The year's received requests counted by an enum-valued field, a row per value in order, zero included. */
	private <E extends Enum<E>> List<List<Object>> receivedBy(int year, String groupBy, E[] values,
			java.util.function.Function<E, String> label) {
		var counts = new LinkedHashMap<E, Long>();
		for (var value : values) {
			counts.put(value, 0L);
		}
		var type = values[0].getDeclaringClass();
		received(year, groupBy).forEach(row -> counts.put(type.cast(row[0]), (Long) row[1]));
		var rows = new ArrayList<List<Object>>();
		counts.forEach((value, count) -> rows.add(List.of(label.apply(value), count)));
		return rows;
	}

	private List<Object[]> received(int year, String groupBy) {
		return entities.createQuery("select " + groupBy + ", count(r) from DisclosureRequest r where r.receivedOn >= :from "
				+ "and r.receivedOn <= :to group by " + groupBy, Object[].class)
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31))
			.getResultList();
	}

	private Map<String, String> departmentNames() {
		var names = new LinkedHashMap<String, String>();
		departments.findAll().forEach(d -> names.put(d.getCode(), d.getName()));
		return names;
	}

	private static String columnName(CatalogueColumn column) {
		return column.getName();
	}

	private ZoneId zone() {
		return requestProperties.zone();
	}

	static double median(List<Integer> values) {
		if (values.isEmpty()) {
			return 0;
		}
		var sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}
}
