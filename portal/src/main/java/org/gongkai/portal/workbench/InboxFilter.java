package org.gongkai.portal.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

/**
 * What the inbox shows: kind of case, step (the task key), due band, order and page, all from query
 * parameters so that a filtered list can be shared as a link. A value it does not know is dropped, so a
 * mistyped link shows the default list instead of an error. {@code q} finds a case: its number, part of its
 * receipt number or of its title, or part of the step's name.
 */
record InboxFilter(String kind, String step, String due, String sort, String dir, int page, int size, String q) {

	/** The longest text the case search takes. */
	static final int MAX_QUERY = 50;

	static final int PAGE_SIZE = 20;

	static final int MAX_SIZE = 500;

	/** The kinds of case, from the process of the task. */
	static final List<String> KINDS = List.of("request", "item", "report", "emergency", "consultation", "letter",
			"proposal", "other");

	/** Due bands: past the due date, within the warning days, later, no due date. */
	static final List<String> DUES = List.of("overdue", "soon", "later", "none");

	static final List<String> SORTS = List.of("due", "created", "case");

	private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,100}");

	static InboxFilter of(String kind, String step, String due, String sort, String dir, String page, String size,
			int defaultSize) {
		return of(kind, step, due, sort, dir, page, size, defaultSize, null);
	}

	static InboxFilter of(String kind, String step, String due, String sort, String dir, String page, String size,
			int defaultSize, String q) {
		String query = q == null || q.isBlank() ? null : q.strip();
		if (query != null && query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		return new InboxFilter(known(KINDS, kind), step != null && STEP.matcher(step).matches() ? step : null,
				known(DUES, due), sort != null && SORTS.contains(sort) ? sort : "due", "desc".equals(dir) ? "desc" : "asc",
				positive(page, 1, 100_000), positive(size, defaultSize, MAX_SIZE), query);
	}

	private static String known(List<String> values, String value) {
		return value != null && values.contains(value) ? value : null;
	}

	private static int positive(String value, int fallback, int max) {
		try {
			int n = Integer.parseInt(value == null ? "" : value.strip());
			return n < 1 ? fallback : Math.min(n, max);
		}
		catch (NumberFormatException e) {
			return fallback;
		}
	}

	/** Whether the filter narrows the list (the "clear" link is offered). */
	public boolean narrowed() {
		return kind != null || step != null || due != null || q != null;
	}

	public InboxFilter withKind(String kind) {
		return new InboxFilter(kind, step, due, sort, dir, 1, size, q);
	}

	/** The same filter sorted by the given column; the current column again flips the direction. */
	public InboxFilter sortedBy(String column) {
		var direction = column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
		return new InboxFilter(kind, step, due, column, direction, 1, size, q);
	}

	public InboxFilter atPage(int page) {
		return new InboxFilter(kind, step, due, sort, dir, page, size, q);
	}

	/** This filter as a link to the inbox, with only the parameters that differ from the defaults. */
	public String link() {
		var params = new LinkedHashMap<String, String>();
		params.put("q", q);
		params.put("kind", kind);
		params.put("step", step);
		params.put("due", due);
		params.put("sort", "due".equals(sort) ? null : sort);
		params.put("dir", "asc".equals(dir) ? null : dir);
		params.put("page", page == 1 ? null : String.valueOf(page));
		params.put("size", size == PAGE_SIZE ? null : String.valueOf(size));
		var query = params.entrySet()
			.stream()
			.filter(e -> e.getValue() != null)
			.map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "/workbench" : "/workbench?" + query;
	}
}
