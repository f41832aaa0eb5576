package org.gongkai.portal.subscription;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.search.SearchQuery;

/**
 * What a subscription follows, as stored: a column code, a department code, or a saved search as its
 * canonical query string (the text {@code q} first, then the filters in alphabetical order).
 */
public record SubscriptionTarget(SubscriptionKind kind, String value) {

	/** At most this long, the column's size. */
	static final int MAX_VALUE = 1000;

	/**
	 * The target the parameters of {@code /subscriptions/new} name: {@code column=<code>},
	 * {@code agency=<code>}, or a search, recognised by its {@code q} parameter (possibly empty) with the
	 * filters of {@code /catalogue} beside it ({@code column} is then the filter on the column's name, as on
	 * the search page). Empty when nothing usable is named.
	 */
	static Optional<SubscriptionTarget> of(Map<String, String> parameters) {
		if (parameters.containsKey("q")) {
			var filters = new TreeMap<String, String>();
			for (var key : SearchQuery.FILTERS) {
				var value = parameters.get(key);
				if (value != null && !value.isBlank()) {
					filters.put(key, value.strip());
				}
			}
			var text = parameters.get("q").strip();
			if (text.length() > SearchQuery.MAX_TEXT) {
				text = text.substring(0, SearchQuery.MAX_TEXT).strip();
			}
			var query = new StringBuilder("q=").append(encode(text));
			filters.forEach((key, value) -> query.append('&').append(key).append('=').append(encode(value)));
			return query.length() > MAX_VALUE ? Optional.empty()
					: Optional.of(new SubscriptionTarget(SubscriptionKind.SEARCH, query.toString()));
		}
		for (var kind : new SubscriptionKind[] { SubscriptionKind.COLUMN, SubscriptionKind.AGENCY }) {
			var value = parameters.get(kind.name().toLowerCase());
			if (value != null && !value.isBlank() && value.strip().length() <= 100) {
				return Optional.of(new SubscriptionTarget(kind, value.strip()));
			}
		}
		return Optional.empty();
	}

	/** The saved search's parameters, {@code q} first; empty for other kinds. */
	public Map<String, String> searchParameters() {
		var parameters = new LinkedHashMap<String, String>();
		if (kind != SubscriptionKind.SEARCH) {
			return parameters;
		}
		for (var pair : value.split("&")) {
			int equals = pair.indexOf('=');
			var key = decode(equals < 0 ? pair : pair.substring(0, equals));
			parameters.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
		}
		return parameters;
	}

	/** The saved search's text. */
	String searchText() {
		return searchParameters().getOrDefault("q", "");
	}

	/** The saved search's filters. */
	Map<String, String> searchFilters() {
		var filters = searchParameters();
		filters.remove("q");
		return filters;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}
}
