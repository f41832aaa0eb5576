package org.gongkai.search;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The order of the first hits of recent relevance searches, so that a later page of one is fetched by the ids
 * it holds rather than by {@code search_after} on the score.
 *
 * <p>Why: a first page by relevance lets Lucene skip every match that cannot reach the top ten; a page after a
 * cursor by score cannot skip the matches ranked above the cursor, so it scores them all again. At 1,000,000 items
 * page 200 of a broad query cost Elasticsearch 3–5 × its page 1 (docs/performance.md, G6). With the ranking
 * kept, every page of it costs the scoring of its own hits.
 *
 * <p>A ranking is kept for a bounded time and only while the search still counts the same total: a published or
 * withdrawn item that matches the search changes the total, and the page is then searched again by cursor and
 * the ranking made anew. At most {@code capacity} searches are kept, the least recently paged dropped first, and
 * each keeps at most {@value #DEPTH} ids (page 200 at the default ten hits a page); past that, pages are fetched
 * by cursor again.
 */
final class Rankings {

	/** How many hits of a search are kept in order. */
	static final int DEPTH = 2000;

	/** Kept rankings by default: at most about 150 KB each. */
	static final int DEFAULT_CAPACITY = 64;

	/** How long a ranking is used by default, if the total stays the same. */
	static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

	private final int capacity;

	private final long lifetimeNanos;

	private final LongSupplier clock;

	private final LinkedHashMap<Key, Ranking> kept;

	Rankings() {
		this(DEFAULT_CAPACITY, DEFAULT_LIFETIME, System::nanoTime);
	}

	Rankings(int capacity, Duration lifetime, LongSupplier nanoClock) {
		if (capacity <= 0 || lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException("Rankings need a positive capacity and lifetime, not " + capacity
					+ " and " + lifetime);
		}
		this.capacity = capacity;
		this.lifetimeNanos = lifetime.toNanos();
		this.clock = nanoClock;
		this.kept = new LinkedHashMap<>(16, 0.75f, true);
	}

	/** The ranking of a search, or null if none is kept or it is too old. */
	synchronized Ranking get(Key key) {
		Ranking ranking = this.kept.get(key);
		if (ranking != null && this.clock.getAsLong() - ranking.madeAt() > this.lifetimeNanos) {
			this.kept.remove(key);
			return null;
		}
		return ranking;
	}

	/**
	 * Keeps the ids of a search's first hits, in order.
	 * @param total what the search counted when it ranked them
	 * @param complete whether these are all its hits
	 */
	synchronized void put(Key key, List<String> ids, long total, boolean complete) {
		this.kept.put(key, new Ranking(ids.toArray(String[]::new), total, complete, this.clock.getAsLong()));
		if (this.kept.size() > this.capacity) {
			this.kept.remove(this.kept.keySet().iterator().next());
		}
	}

	synchronized void forget(Key key) {
		this.kept.remove(key);
	}

	synchronized int size() {
		return this.kept.size();
	}

	/** What makes two searches rank alike: the text and the filters (not the page size or the cursor). */
	record Key(String text, Map<String, String> filters) {

		static Key of(SearchQuery query) {
			return new Key(query.text(), query.filters());
		}

	}

	/**
	 * The first hits of a search.
	 * @param ids their ids, best first
	 * @param total how many the search counted
	 * @param complete whether {@code ids} is every hit
	 * @param madeAt when, on the {@link System#nanoTime()} clock
	 */
	record Ranking(String[] ids, long total, boolean complete, long madeAt) {

		/** Where the hit {@code id} is, or -1. */
		int indexOf(String id) {
			for (int i = 0; i < this.ids.length; i++) {
				if (this.ids[i].equals(id)) {
					return i;
				}
			}
			return -1;
		}

		/**
		 * The ids of the {@code count} hits after {@code position}, or null if the ranking stops before them
		 * without being complete (they must then be found by cursor).
		 */
		List<String> after(int position, int count) {
			int from = position + 1;
			int to = from + count;
			if (to > this.ids.length && !this.complete) {
				return null;
			}
			return Arrays.asList(this.ids).subList(Math.min(from, this.ids.length), Math.min(to, this.ids.length));
		}

	}

}
