package org.gongkai.workflow.statistics;

import java.util.Collection;
import java.util.List;

/**
 * A section of the office's statistics contributed by a kind of case outside the core (意见征集, 政民互动,
 * 建议提案办理). Its series appear on the dashboard under the heading {@code statistics.section.<id>}, with the
 * chart of {@link #chartedSeries()}, and can be downloaded as CSV and XLSX like every other series. The
 * sections follow the core ones in their {@code @Order}: 意见征集 (1), 政民互动 (2), 建议提案办理 (3).
 */
public interface StatisticsSection {

	/** The section's id; every key of its series starts with it and a hyphen ({@code letters-by-month}). */
	String id();

	/** The key of the series the section's chart draws (its first figure column against its row labels). */
	String chartedSeries();

	/** The section's series for one year, in the order shown. */
	List<Series> series(int year);

	/**
	 * Sentences the annual report's text (一、总体情况) may quote: the year's figures of the agencies in scope
	 * (an agency with its departments), offered beside the text while the office writes it. None by default.
	 */
	default List<String> quotable(int year, Collection<String> departmentCodes) {
		return List.of();
	}
}
