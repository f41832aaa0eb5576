package org.gongkai.workflow.request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the request register finds a request by: every pair of adjacent characters (bigram) of the
 * applicant's name and the title, lower-cased, and the last character of each alone. Chinese has no
 * spaces to split words at, so any part of a name or title of two characters or more contains only pairs
 * the request has, and a single character is the first of a pair or a last character: a search for a part
 * reads the postings of its pairs ({@code request_word}, by word) instead of matching {@code like '%…%'}
 * against every request of every year (25–70 ms a page at 50,000 requests, and all of a two-core
 * machine at the register's load). The pairs only find candidates; the register still checks that the
 * part itself occurs. MariaDB and MySQL have no n-gram full-text parser in common, and H2 none.
 *
 * <p>Pairs with a character outside the Basic Multilingual Plane (rare CJK extension characters, emoji)
 * are left out: the database's default collation makes all of those equal. A character before such a
 * one is kept alone, like a last one. A part made only of such pairs is matched by the scan.
 */
public final class RegisterWords {

	/** At most this many pairs of a part are looked up: they narrow the candidates, the check does the rest. */
	static final int PAIRS_LOOKED_UP = 4;

	/**
	 * A receipt number (受理回执号, {@code GK2025-000123}) or its beginning: found on the receipt number's
	 * own index by prefix, not by words.
	 */
	private static final Pattern RECEIPT_NUMBER = Pattern.compile("(?i)[a-z]{1,8}\\d[\\d-]*");

	private RegisterWords() {
	}

	/** The words of a new request, from its applicant's name and title. */
	public static Set<String> of(String applicantName, String title) {
		var words = new LinkedHashSet<String>();
		add(words, applicantName);
		add(words, title);
		return words;
	}

	private static void add(Set<String> words, String text) {
		if (text == null) {
			return;
		}
		int[] points = text.toLowerCase(Locale.ROOT).codePoints().toArray();
		for (int i = 0; i < points.length; i++) {
			var single = new String(points, i, 1);
			var pair = i + 1 < points.length ? new String(points, i, 2) : null;
			if (pair != null && pair.length() == 2) {
				words.add(pair);
			}
			else if (single.length() == 1) {
				// the last character, or one followed by a character left out: found as itself
				words.add(single);
			}
		}
	}

	/**
	 * One statement that writes the words of a request ({@code words.size()} rows, one round trip):
	 * {@code (request_id, word)} pairs to bind in the order {@link #values} gives. Words the database's
	 * collation makes equal to one already written (a pair ending in a space and the character alone) are
	 * skipped, not an error: {@code (word, request_id)} is the table's key.
	 */
	static String insert(int rows) {
		return "insert ignore into request_word (request_id, word) values "
				+ String.join(", ", Collections.nCopies(rows, "(?, ?)"));
	}

	/** The values of {@link #insert}: the request's id and each word in turn. */
	static Object[] values(long requestId, Collection<String> words) {
		var values = new Object[words.size() * 2];
		int i = 0;
		for (var word : words) {
			values[i++] = requestId;
			values[i++] = word;
		}
		return values;
	}

	/** Whether a search is a receipt number or its beginning. */
	public static boolean isReceiptNumber(String part) {
		return RECEIPT_NUMBER.matcher(part).matches();
	}

	/**
	 * The pairs of a part of two characters or more to look up (at most {@link #PAIRS_LOOKED_UP},
	 * spread over it); for a single character, that character (to look up as the beginning of a word);
	 * empty when the part has no pair the register keeps.
	 */
	public static List<String> lookedUp(String part) {
		int[] points = part.strip().toLowerCase(Locale.ROOT).codePoints().toArray();
		if (points.length == 1) {
			var single = new String(points, 0, 1);
			return single.length() == 1 ? List.of(single) : List.of();
		}
		var pairs = new ArrayList<String>();
		for (int i = 0; i + 1 < points.length; i++) {
			var pair = new String(points, i, 2);
			if (pair.length() == 2 && !pairs.contains(pair)) {
				pairs.add(pair);
			}
		}
		if (pairs.size() <= PAIRS_LOOKED_UP) {
			return pairs;
		}
		var spread = new ArrayList<String>(PAIRS_LOOKED_UP);
		for (int k = 0; k < PAIRS_LOOKED_UP; k++) {
			spread.add(pairs.get(k * (pairs.size() - 1) / (PAIRS_LOOKED_UP - 1)));
		}
		return spread;
	}
}
