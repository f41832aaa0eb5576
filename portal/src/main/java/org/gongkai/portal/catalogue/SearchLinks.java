package org.gongkai.portal.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the search page that keep what the visitor already chose (text, sort, every filter) and
 * change one thing, so that filters combine without JavaScript.
 */
public record SearchLinks(String q, String sort, Map<String, String> filters) {

	/** The search with {@code key} set to {@code value}, or unset if it already has that value. */
	public String toggle(String key, String value) {
		var changed = new LinkedHashMap<>(filters);
		if (value.equals(changed.get(key))) {
			changed.remove(key);
		}
		else {
			changed.put(key, value);
		}
		return href(q, sort, changed, null);
	}

	/** The search without the filter {@code key}. */
	public String without(String key) {
		var changed = new LinkedHashMap<>(filters);
		changed.remove(key);
		return href(q, sort, changed, null);
	}

	/** The next page. */
	public String next(String after) {
		return href(q, sort, filters, after);
	}

	/** The query of the subscription form for this search: its text (even empty) and filters. */
	public String subscription() {
		var uri = UriComponentsBuilder.newInstance().queryParam("q", q == null ? "" : q);
		filters.forEach(uri::queryParam);
		return uri.encode().build().getQuery();
	}

	public boolean active(String key, String value) {
		return value.equals(filters.get(key));
	}

	private static String href(String q, String sort, Map<String, String> filters, String after) {
		var uri = UriComponentsBuilder.fromPath("/catalogue");
		if (q != null && !q.isBlank()) {
			uri.queryParam("q", q);
		}
		if (!"relevance".equals(sort)) {
			uri.queryParam("sort", sort);
		}
		filters.forEach(uri::queryParam);
		if (after != null) {
			uri.queryParam("after", after);
		}
		return uri.encode().build().toUriString();
	}
}
