package org.gongkai.search;

import java.util.List;
import java.util.Map;

/**
 * Turns highlighter fragments into HTML-safe snippets: the source text escaped, only
 * {@code <em>} tags added.
 *
 * <p>Elasticsearch marks matches with private-use characters rather than {@code <em>}, so that
 * escaping the text here cannot also escape the tags, and no markup in the source can slip through
 * (the {@code html} encoder of the highlighter would also work, but then the rule lives in a
 * request option far from this test).
 */
final class Snippets {

	/** Start of a match, U+E000 from the Private Use Area: never in real text, removed from it on indexing. */
	static final String PRE = "\uE000";

	/** End of a match, U+E001. */
	static final String POST = "\uE001";

	private Snippets() {
	}

	/** The first fragment of the first field that has a match, else the first fragment at all, else "". */
	static String best(Map<String, List<String>> highlights, List<String> fields) {
		for (String field : fields) {
			for (String fragment : highlights.getOrDefault(field, List.of())) {
				if (fragment.contains(PRE)) {
					return toHtml(fragment);
				}
			}
		}
		for (String field : fields) {
			for (String fragment : highlights.getOrDefault(field, List.of())) {
				if (!fragment.isBlank()) {
					return toHtml(fragment);
				}
			}
		}
		return "";
	}

	/** Escapes a marked fragment for HTML and turns the markers into {@code <em>} tags. */
	static String toHtml(String fragment) {
		StringBuilder html = new StringBuilder(fragment.length() + 16);
		boolean lastWasSpace = false;
		for (int i = 0; i < fragment.length(); i++) {
			char c = fragment.charAt(i);
			if (Character.isWhitespace(c)) {
				if (!lastWasSpace && html.length() > 0) {
					html.append(' ');
				}
				lastWasSpace = true;
				continue;
			}
			lastWasSpace = false;
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				case '\uE000' -> html.append("<em>");
				case '\uE001' -> html.append("</em>");
				default -> html.append(c);
			}
		}
		// the standard analyzer makes each Han character a token, so 信息公开 comes back as four marks
		return html.toString().strip().replace("</em><em>", "");
	}

	static String withoutMarkers(String text) {
		return (text != null) ? text.replace(PRE, "").replace(POST, "") : null;
	}

}
