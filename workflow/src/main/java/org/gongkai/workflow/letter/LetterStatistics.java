package org.gongkai.workflow.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.statistics.Series;
import org.gongkai.workflow.statistics.StatisticsSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 政民互动 figures of a year, per month and per addressed agency (see docs/counting-rules.md): letters
 * received (by the month written), answered and answered on time (by the month of the reply), the average
 * working days from writing to the reply, and the satisfaction rate (非常满意, 满意 and 基本满意 over the
 * ratings given that month).
 */
@Component
@Order(2)
class LetterStatistics implements StatisticsSection {

	private final PublicLetters letters;

	private final Departments departments;

	private final WorkingDayCalendar calendar;

	private final LetterProperties properties;

	LetterStatistics(PublicLetters letters, Departments departments, WorkingDayCalendar calendar,
			LetterProperties properties) {
		this.letters = letters;
		this.departments = departments;
		this.calendar = calendar;
		this.properties = properties;
	}

	@Override
	public String id() {
		return "letters";
	}

	@Override
	public String chartedSeries() {
		return "letters-by-month";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Series> series(int year) {
		var zone = properties.zone();
		var all = letters.findActiveBetween(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
				LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
		var byMonth = new ArrayList<List<Object>>();
		for (int month = 1; month <= 12; month++) {
			byMonth.add(row(month + "月", figures(all, YearMonth.of(year, month))));
		}
		var names = departments.findAll().stream().collect(Collectors.toMap(Department::getCode, Department::getName));
		var byAgency = new ArrayList<List<Object>>();
		var agencies = new TreeMap<String, List<PublicLetter>>(
				all.stream().collect(Collectors.groupingBy(PublicLetter::getAddresseeCode)));
		for (int month = 1; month <= 12; month++) {
			for (var agency : agencies.entrySet()) {
				var figures = figures(agency.getValue(), YearMonth.of(year, month));
				if (figures.received + figures.answered + figures.rated > 0) {
					var cells = new ArrayList<Object>();
					cells.add(month + "月");
					cells.addAll(row(names.getOrDefault(agency.getKey(), agency.getKey()), figures));
					byAgency.add(cells);
				}
			}
		}
		var headers = List.of("收到", "已答复", "按时答复", "平均答复工作日", "满意率（%）");
		return List.of(new Series("letters-by-month", "每月留言办理", concat("月份", headers), byMonth),
				new Series("letters-by-agency", "各机关每月留言办理", concat("月份", concat("机关", headers)), byAgency));
	}

	private record Figures(long received, long answered, long onTime, BigDecimal averageDays, long rated,
			BigDecimal satisfaction) {
	}

	/**
	 * The year's letters to the agencies in scope as one sentence for the annual report: received, answered
	 * (on time, average working days) and the satisfaction of the rated replies.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<String> quotable(int year, java.util.Collection<String> departmentCodes) {
		var zone = properties.zone();
		var mine = letters.findActiveBetween(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
				LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant())
			.stream()
			.filter(letter -> departmentCodes.contains(letter.getAddresseeCode()))
			.toList();
		var figures = figures(mine, instant -> instant != null && instant.atZone(zone).getYear() == year);
		if (figures.received() == 0 && figures.answered() == 0) {
			return List.of(year + "年未收到网上留言。");
		}
		var sentence = new StringBuilder().append(year).append("年收到网上留言").append(figures.received())
			.append("件，答复").append(figures.answered()).append("件");
		if (figures.answered() > 0) {
			sentence.append("，其中按时答复").append(figures.onTime()).append("件，平均用时")
				.append(figures.averageDays().toPlainString()).append("个工作日");
		}
		if (figures.rated() > 0) {
			sentence.append("；评价").append(figures.rated()).append("件，满意率")
				.append(figures.satisfaction().toPlainString()).append("%");
		}
		return List.of(sentence.append("。").toString());
	}

	private Figures figures(List<PublicLetter> letters, YearMonth month) {
		var zone = properties.zone();
		return figures(letters, instant -> instant != null && YearMonth.from(instant.atZone(zone)).equals(month));
	}

	private Figures figures(List<PublicLetter> letters, java.util.function.Predicate<java.time.Instant> in) {
		var zone = properties.zone();
		long received = letters.stream().filter(l -> in.test(l.getSubmittedAt())).count();
		var answered = letters.stream().filter(l -> in.test(l.getRepliedAt())).toList();
		long onTime = answered.stream().filter(PublicLetter::isAnsweredOnTime).count();
		var days = answered.isEmpty() ? null
				: BigDecimal.valueOf(answered.stream()
					.mapToInt(l -> calendar.workingDaysBetween(LocalDate.ofInstant(l.getSubmittedAt(), zone),
							l.getRepliedOn()))
					.sum()).divide(BigDecimal.valueOf(answered.size()), 1, RoundingMode.HALF_UP);
		var rated = letters.stream().filter(l -> in.test(l.getRatedAt())).toList();
		var satisfied = rated.stream().filter(l -> l.getRating().satisfied()).count();
		var rate = rated.isEmpty() ? null
				: BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(rated.size()), 1, RoundingMode.HALF_UP);
		return new Figures(received, answered.size(), onTime, days, rated.size(), rate);
	}

	private static List<Object> row(String label, Figures figures) {
		var cells = new ArrayList<Object>();
		cells.add(label);
		cells.add(figures.received());
		cells.add(figures.answered());
		cells.add(figures.onTime());
		cells.add(figures.averageDays() == null ? "—" : figures.averageDays());
		cells.add(figures.satisfaction() == null ? "—" : figures.satisfaction());
		return cells;
	}

	private static List<String> concat(String first, List<String> rest) {
		var all = new ArrayList<String>();
		all.add(first);
		all.addAll(rest);
		return all;
	}
}
