package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of catalogue search results; serialises with Jackson to the portal's
 * {@code /api/catalogue/search} JSON as it is.
 *
 * @param total how many items match in all: exact, or when {@code partial} how many were found within the time budget
 * @param hits this page, best or newest first
 * @param facets for each of {@code column}, {@code topic}, {@code issuer}, {@code year},
 *        {@code genre}, {@code validity}: the values among all matching items with their counts,
 *        most frequent first ({@code year}: newest first)
 * @param next the cursor for the following page ({@link SearchQuery#after()}), null on the last page
 * @param partial Elasticsearch stopped looking at the search's time budget: the hits are the best of the items it
 *        had looked at, and the total and facets count those items only
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String next,
		boolean partial) {

	/** A complete result. */
	public SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String next) {
		this(total, hits, facets, next, false);
	}

	/**
	 * One item found.
	 *
	 * @param column the column's name
	 * @param highlight the best snippet as HTML: the text escaped, matches in {@code <em>}; from the
	 *        summary or body (the beginning of the summary when nothing there matched); empty if the
	 *        item has neither
	 */
	public record Hit(String id, String indexNo, String title, String issuer, LocalDate writtenDate, String column,
			String highlight) {
	}

	/** One value of a facet and how many matching items have it. */
	public record FacetValue(String value, long count) {
	}

}
