package org.gongkai.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A search of the public catalogue as the portal receives it.
 *
 * @param text what the user typed: Chinese, pinyin, initials ({@code zfxxgk}), an 索引号 or a 文号;
 *        null or blank lists the catalogue newest first; cut to {@value #MAX_TEXT} characters
 * @param filters exact values to narrow by, keyed {@code column} (column name), {@code columnCode},
 *        {@code topic} (a first-level topic also matches its children), {@code issuer}, {@code year},
 *        {@code genre}, {@code validity}, {@code agency} (an agency code: the items of its sub-site, a
 *        district's with its departments'); blank values are ignored; null means none
 * @param sort {@code relevance} (default) or {@code date} (newest first)
 * @param size hits per page, 1 to {@value #MAX_SIZE}; 0 or less means {@value #DEFAULT_SIZE}
 * @param after the {@code next} cursor of the previous page, or null for the first page
 */
public record SearchQuery(String text, Map<String, String> filters, String sort, int size, String after) {

	public static final String RELEVANCE = "relevance";

	public static final String DATE = "date";

	public static final int DEFAULT_SIZE = 10;

	public static final int MAX_SIZE = 100;

	/** Longer texts are cut: every bigram becomes a clause, and a query may have only so many. */
	public static final int MAX_TEXT = 200;

	/** The filter keys understood. */
	public static final Set<String> FILTERS = Set.of("column", "columnCode", "topic", "issuer", "year", "genre",
			"validity", "agency");

	/**
	 * @throws IllegalArgumentException for an unknown sort or filter key, or a size over
	 *         {@value #MAX_SIZE}
	 */
	public SearchQuery {
		text = (text != null) ? text.strip() : "";
		text = (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT).strip() : text;
		Map<String, String> kept = new LinkedHashMap<>();
		if (filters != null) {
			filters.forEach((key, value) -> {
				if (!FILTERS.contains(key)) {
					throw new IllegalArgumentException("Unknown search filter '" + key + "'; known: " + FILTERS);
				}
				if (value != null && !value.isBlank()) {
					kept.put(key, value.strip());
				}
			});
		}
		filters = Map.copyOf(kept);
		sort = (sort == null || sort.isBlank()) ? RELEVANCE : sort;
		if (!sort.equals(RELEVANCE) && !sort.equals(DATE)) {
			throw new IllegalArgumentException("Unknown sort '" + sort + "'; use '" + RELEVANCE + "' or '" + DATE + "'");
		}
		if (size > MAX_SIZE) {
			throw new IllegalArgumentException("At most " + MAX_SIZE + " hits per page, not " + size);
		}
		size = (size <= 0) ? DEFAULT_SIZE : size;
		after = (after == null || after.isBlank()) ? null : after.strip();
	}

	/** The first page of a relevance search for {@code text}, without filters. */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, Map.of(), RELEVANCE, DEFAULT_SIZE, null);
	}

	/** Whether there is anything to search for; if not, the catalogue is listed newest first. */
	public boolean hasText() {
		return !this.text.isEmpty();
	}

	/** The same query for the page after the one whose {@link SearchResult#next()} is {@code next}. */
	public SearchQuery withAfter(String next) {
		return new SearchQuery(this.text, this.filters, this.sort, this.size, next);
	}

}
