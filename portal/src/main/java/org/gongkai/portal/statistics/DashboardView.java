package org.gongkai.portal.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.portal.system.BarChart;
import org.gongkai.workflow.statistics.KeyFigures;
import org.gongkai.workflow.statistics.Series;
import org.gongkai.workflow.statistics.StatisticsSection;

/**
 * The statistics page: the year's key figures with their change against the previous year first, then a
 * section per subject (requests, the catalogue, the governments) with one compact chart, and every table
 * of the section below it.
 */
public record DashboardView(KeyFigures figures, List<Section> sections) {

	/** Which section each series belongs to, in the order of the page. */
	static final Map<String, Set<String>> SECTIONS = sectionKeys();

	/** The series drawn as each section's chart: the months of the year, or the governments. */
	static final Map<String, String> CHARTED = Map.of("requests", "requests-by-month", "items", "items-by-month",
			"governments", "by-government");

	/**
	 * A section of the page.
	 *
	 * @param id the section's id, also the message key {@code statistics.section.<id>}
	 * @param chartSeries the series its chart draws (its title is the chart's title)
	 * @param chart the chart of that series' first figure column
	 * @param series every table of the section
	 */
	public record Section(String id, Series chartSeries, BarChart chart, List<Series> series) {
	}

	static DashboardView of(KeyFigures figures, List<Series> all) {
		return of(figures, all, List.of());
	}

	/** The page, with the sections other kinds of case contribute after the core ones. */
	static DashboardView of(KeyFigures figures, List<Series> all, List<StatisticsSection> contributed) {
		var byKey = new LinkedHashMap<String, Series>();
		all.forEach(series -> byKey.put(series.key(), series));
		var sections = new ArrayList<Section>();
		SECTIONS.forEach((id, keys) -> {
			var series = all.stream().filter(s -> keys.contains(s.key())).toList();
			var charted = byKey.get(CHARTED.get(id));
			sections.add(new Section(id, charted, chart(charted), series));
		});
		var placed = new ArrayList<>(SECTIONS.values().stream().flatMap(Set::stream).toList());
		for (var section : contributed) {
			var series = all.stream().filter(s -> s.key().startsWith(section.id() + "-")).toList();
			var charted = byKey.get(section.chartedSeries());
			sections.add(new Section(section.id(), charted, chart(charted), series));
			series.forEach(s -> placed.add(s.key()));
		}
		var unplaced = all.stream().map(Series::key).filter(key -> !placed.contains(key)).toList();
		if (!unplaced.isEmpty()) {
			throw new IllegalStateException("statistics series without a section: " + unplaced);
		}
		return new DashboardView(figures, sections);
	}

	/** The first column of figures against the row labels. */
	static BarChart chart(Series series) {
		var labels = series.rows().stream().map(row -> String.valueOf(row.get(0))).toList();
		var values = series.rows().stream().map(row -> (Number) row.get(1)).toList();
		return BarChart.of(labels, values);
	}

	/** A change as written beside a figure: +3, -2, 0. */
	static String signed(long change) {
		return change > 0 ? "+" + change : String.valueOf(change);
	}

	public String previousYear() {
		return String.valueOf(figures.year() - 1);
	}

	public String receivedChange() {
		return signed(figures.current().received() - figures.previous().received());
	}

	public String answeredChange() {
		return signed(figures.current().answered() - figures.previous().answered());
	}

	/** The share on time, "93.8%", or "—" when nothing was answered. */
	public String onTimeShare() {
		var share = figures.current().onTimeShare();
		return share == null ? "—" : share + "%";
	}

	/** The change of the share in percentage points, or null when either year answered nothing. */
	public String onTimeChange() {
		var now = figures.current().onTimeShare();
		var before = figures.previous().onTimeShare();
		if (now == null || before == null) {
			return null;
		}
		double change = Math.round((now - before) * 10) / 10.0;
		return change > 0 ? "+" + change : String.valueOf(change);
	}

	public long remedies() {
		return figures.current().reviews() + figures.current().lawsuits();
	}

	public String remediesChange() {
		return signed(remedies() - figures.previous().reviews() - figures.previous().lawsuits());
	}

	private static Map<String, Set<String>> sectionKeys() {
		var sections = new LinkedHashMap<String, Set<String>>();
		sections.put("requests", Set.of("requests-by-month", "requests-by-applicant", "requests-by-channel",
				"requests-by-outcome", "requests-by-department", "reply-timeliness", "overdue", "form-suggestions-by-month"));
		sections.put("items", Set.of("items-by-month", "items-by-column", "items-by-department", "item-timeliness",
				"item-crosstab", "item-crosstab-on-time"));
		sections.put("governments", Set.of("by-government"));
		return sections;
	}
}
