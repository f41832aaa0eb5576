package org.gongkai.search;

import static org.gongkai.search.CatalogueSource.AGENCIES;
import static org.gongkai.search.CatalogueSource.BODY;
import static org.gongkai.search.CatalogueSource.BODY_BIGRAMS;
import static org.gongkai.search.CatalogueSource.BODY_WORDS;
import static org.gongkai.search.CatalogueSource.COLUMN_CODE;
import static org.gongkai.search.CatalogueSource.COLUMN_NAME;
import static org.gongkai.search.CatalogueSource.DOC_NUMBER;
import static org.gongkai.search.CatalogueSource.GENRE;
import static org.gongkai.search.CatalogueSource.ID;
import static org.gongkai.search.CatalogueSource.INDEX_NO;
import static org.gongkai.search.CatalogueSource.ISSUER;
import static org.gongkai.search.CatalogueSource.ISSUERS;
import static org.gongkai.search.CatalogueSource.PUBLISHED_DATE;
import static org.gongkai.search.CatalogueSource.SUGGEST;
import static org.gongkai.search.CatalogueSource.SUMMARY;
import static org.gongkai.search.CatalogueSource.TITLE;
import static org.gongkai.search.CatalogueSource.TITLE_BIGRAMS;
import static org.gongkai.search.CatalogueSource.TITLE_INITIALS;
import static org.gongkai.search.CatalogueSource.TITLE_PINYIN;
import static org.gongkai.search.CatalogueSource.TITLE_WORDS;
import static org.gongkai.search.CatalogueSource.TOPIC;
import static org.gongkai.search.CatalogueSource.VALIDITY;
import static org.gongkai.search.CatalogueSource.WRITTEN_DATE;
import static org.gongkai.search.CatalogueSource.YEAR;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.util.NamedValue;
import org.gongkai.search.SearchResult.FacetValue;
import org.gongkai.search.SearchResult.Hit;

/**
 * Searches the public catalogue: ranked full-text search in Chinese, pinyin and initials, filters,
 * facets, highlighted snippets, cursor paging, and title suggestions.
 *
 * <p>The query is analysed in Java exactly as the documents were (see the package documentation)
 * and becomes a {@code bool} of {@code should} clauses, each with its own
 * {@code minimum_should_match} so that a hit shares most of the query, not one character of it:
 * <ul>
 * <li>segmented words on {@code title_words}/{@code body_words}: precise, highest weight;
 * <li>bigrams on {@code title_bigrams}/{@code body_bigrams}: recall where the segmenter split a
 * word differently in the query and the document;
 * <li>all the query's characters anywhere in the title: a weak fallback;
 * <li>the whole query as an 索引号 or 文号;
 * <li>a Latin-only query as a prefix of the title's pinyin or initials.
 * </ul>
 * An item that matches none of these is not found. Among those found, {@code match_phrase} of each
 * part's bigrams on {@code title_bigrams}/{@code body_bigrams} (the characters adjacent and in order)
 * ranks higher. (A phrase of single characters on the {@code standard}-analysed text says the same but
 * walks the positions of the commonest characters in every document: at 500,000 items it was 85 % of
 * the query's time, see docs/performance.md.) Title clauses weigh about three times their body
 * counterparts.
 *
 * <p>One {@code _msearch} sends two searches, which Elasticsearch runs side by side: the page (ranked,
 * highlighted, without a total, so that the top hits need not score every match) and the counts (the total
 * and the facets of everything found, unranked). The counts are a {@code size: 0} search, which
 * Elasticsearch's shard request cache keeps until the index changes: the catalogue's listings, a
 * popular query and every further page of one reuse them. At 1,000,000 items these counts are most of a
 * broad search's cost (docs/performance.md, G5 and G6).
 *
 * <p>Each search may have a time budget (Elasticsearch's {@code timeout}): past it Elasticsearch answers with the
 * best hits and the counts of what it has looked at, and the result says it is {@link SearchResult#partial()
 * partial}. A broad query over a million items then costs the node about the budget, not seconds, while the
 * narrower queries most citizens type finish well within it.
 *
 * <p>Pages are fetched with {@code search_after} rather than {@code from}: there is no 10,000-hit window, and
 * a cursor stays valid while items are published between two pages. The sort always ends with {@code id} so
 * that ties are broken the same way on every page. By date, a page after a cursor costs what the first page
 * costs. By relevance it does not: the first page skips every match that cannot reach the top, a page after a
 * cursor on the score must score every match ranked above it again. So a relevance search's second page also
 * fetches the ids of its first {@value Rankings#DEPTH} hits, kept for a while ({@link Rankings}), and its later
 * pages are fetched by those ids, in that order, while the search still counts the same total.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/paginate-search-results.html#search-after">search_after</a>
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/highlighting.html">highlighting</a>
 */
public final class CatalogueSearch {

	/** The facets returned, by name, and the keyword field each counts. */
	static final Map<String, String> FACETS = facets();

	/** Which field each filter of {@link SearchQuery#filters()} narrows by. */
	static final Map<String, String> FILTER_FIELDS = Map.of("column", COLUMN_NAME, "columnCode", COLUMN_CODE, "topic",
			TOPIC, "issuer", ISSUERS, "year", YEAR, "genre", GENRE, "validity", VALIDITY, "agency", AGENCIES);

	/** How a cursor names the relevance order (by date: {@code d}). */
	private static final String RELEVANCE_ORDER = "r";

	private static final int FACET_SIZE = 100;

	private static final int SNIPPET_CHARS = 120;

	private static final int MAX_SUGGESTIONS = 20;

	/** What a pinyin or initials query looks like once spaces and apostrophes ({@code xi'an}) are gone. */
	private static final Pattern PINYIN = Pattern.compile("[a-z][a-z0-9]+");

	private static final List<String> SOURCE_FIELDS = List.of(ID, INDEX_NO, TITLE, ISSUER, WRITTEN_DATE, COLUMN_NAME);

	private final ElasticsearchClient client;

	private final String alias;

	private final SearchAdmission admission;

	/** Elasticsearch's {@code timeout} of each search, or null for none. */
	private final String budget;

	/** The order of recent relevance searches' first hits, for their later pages. */
	private final Rankings rankings;

	private final ChineseAnalysis analysis = new ChineseAnalysis();

	public CatalogueSearch(ElasticsearchClient client) {
		this(client, CatalogueIndex.DEFAULT_ALIAS);
	}

	public CatalogueSearch(ElasticsearchClient client, String alias) {
		this(client, alias, SearchAdmission.unbounded());
	}

	/** @param admission how many {@link #search searches} may be in flight at once; suggestions are not bounded */
	public CatalogueSearch(ElasticsearchClient client, String alias, SearchAdmission admission) {
		this(client, alias, admission, null);
	}

	/**
	 * @param admission how many {@link #search searches} may be in flight at once; suggestions are not bounded
	 * @param budget how long Elasticsearch may look for a search's hits and counts before it answers with what it
	 *        has found ({@link SearchResult#partial()}); null: as long as it takes. A broad query over a large
	 *        catalogue then holds its place among the searches in flight, and the cores, for a bounded time
	 */
	public CatalogueSearch(ElasticsearchClient client, String alias, SearchAdmission admission, Duration budget) {
		this(client, alias, admission, budget, new Rankings());
	}

	CatalogueSearch(ElasticsearchClient client, String alias, SearchAdmission admission, Duration budget,
			Rankings rankings) {
		if (budget != null && (budget.isNegative() || budget.isZero())) {
			throw new IllegalArgumentException("a search's time budget must be positive, not " + budget);
		}
		this.client = client;
		this.alias = alias;
		this.admission = admission;
		this.budget = (budget != null) ? budget.toMillis() + "ms" : null;
		this.rankings = rankings;
	}

	/**
	 * The same search without a time budget, for work that needs every match however long it takes (a
	 * subscription's digest of new items) rather than a quick answer.
	 */
	public CatalogueSearch withoutBudget() {
		return (this.budget == null) ? this
				: new CatalogueSearch(this.client, this.alias, this.admission, null, this.rankings);
	}

	/**
	 * One page of items matching {@code query}, with the facets of all matching items.
	 * @throws IllegalArgumentException if {@link SearchQuery#after()} is not a cursor from this query
	 * @throws SearchBusy if this node has as many searches in flight as its admission allows
	 * @throws SearchUnavailable if Elasticsearch cannot be reached or the index does not exist yet
	 */
	public SearchResult search(SearchQuery query) {
		boolean byRelevance = query.hasText() && SearchQuery.RELEVANCE.equals(query.sort());
		String order = byRelevance ? RELEVANCE_ORDER : "d";
		List<SortOptions> sort = sort(byRelevance);
		List<FieldValue> after = (query.after() != null) ? SearchCursor.decode(query.after(), order, sort.size())
				: null;

		Query matching = query.hasText() ? matching(query.text()) : Query.of(q -> q.matchAll(m -> m));
		List<Query> filters = filters(query.filters());
		List<Query> phrases = query.hasText() ? phraseBoosts(query.text()) : List.of();
		Query ranked = Query.of(q -> q.bool(b -> b.must(matching).should(phrases).filter(filters)));
		Query counted = Query.of(q -> q.bool(b -> b.filter(matching).filter(filters)));
		MultisearchBody counts = MultisearchBody.of(b -> {
			b.query(counted).size(0).trackTotalHits(t -> t.enabled(true));
			FACETS.forEach((name, field) -> b.aggregations(name, facet(name, field)));
			return budgeted(b);
		});
		if (!byRelevance || after == null) {
			return byCursor(query, order, page(query, ranked, sort, after), counts, null);
		}

		// a later page by relevance: by the ids of a kept ranking, or by cursor while ranking anew
		Rankings.Key key = Rankings.Key.of(query);
		Rankings.Ranking ranking = this.rankings.get(key);
		if (ranking != null) {
			SearchResult result = byRanking(query, ranked, sort, counts, ranking, after);
			if (result != null) {
				return result;
			}
			this.rankings.forget(key);
		}
		MultisearchBody anew = MultisearchBody.of(b -> budgeted(b.query(ranked)
			.size(Rankings.DEPTH)
			.trackTotalHits(t -> t.enabled(false))
			.sort(sort)
			.source(src -> src.fetch(false))));
		return byCursor(query, order, page(query, ranked, sort, after), counts, new Ranked(key, anew));
	}

	/**
	 * The search for a page after a cursor (or the first): one hit more than asked tells whether there is a next
	 * page.
	 */
	private MultisearchBody page(SearchQuery query, Query ranked, List<SortOptions> sort, List<FieldValue> after) {
		return page(query.text(), ranked, query.size() + 1, sort, after);
	}

	/** The search for {@code size} hits of a page: ranked, highlighted, without a total. */
	private MultisearchBody page(String text, Query ranked, int size, List<SortOptions> sort, List<FieldValue> after) {
		return MultisearchBody.of(b -> {
			b.query(ranked)
				.size(size)
				// counted apart: uncounted, the page's top hits are found without scoring every match
				.trackTotalHits(t -> t.enabled(false))
				.sort(sort)
				.source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
				.highlight(highlight(text));
			if (after != null) {
				b.searchAfter(after);
			}
			return budgeted(b);
		});
	}

	/** A search for the first {@value Rankings#DEPTH} hits' ids, to keep as {@code key}'s ranking. */
	private record Ranked(Rankings.Key key, MultisearchBody search) {
	}

	/**
	 * The page after the cursor's hit and the counts, and the search for a ranking to keep if there is one, in
	 * one {@code _msearch}, which Elasticsearch runs side by side.
	 */
	private SearchResult byCursor(SearchQuery query, String order, MultisearchBody page, MultisearchBody counts,
			Ranked ranked) {
		@SuppressWarnings("rawtypes")
		MsearchResponse<Map> response = (ranked != null) ? msearch(page, counts, ranked.search())
				: msearch(page, counts);
		var pageResult = result(response, 0);
		var countsResult = result(response, 1);
		var found = pageResult.hits().hits();
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < Math.min(query.size(), found.size()); i++) {
			hits.add(hit(found.get(i)));
		}
		String next = (found.size() > query.size()) ? SearchCursor.encode(order, found.get(query.size() - 1).sort())
				: null;
		long total = total(countsResult, hits.size());
		boolean partial = pageResult.timedOut() || countsResult.timedOut();
		if (ranked != null && !partial) {
			keep(ranked.key(), result(response, 2), total);
		}
		return new SearchResult(total, hits, facets(countsResult.aggregations()), next, partial);
	}

	/**
	 * The page after the cursor's hit in a kept ranking, fetched by id and shown in the ranking's order, and the
	 * counts; or null if the ranking no longer holds: the hit is not in it, it ends before the page without being
	 * complete, the search counts another total, an item of the page is gone, or Elasticsearch ran out of time.
	 */
	private SearchResult byRanking(SearchQuery query, Query ranked, List<SortOptions> sort, MultisearchBody counts,
			Rankings.Ranking ranking, List<FieldValue> after) {
		FieldValue last = after.get(after.size() - 1);
		int position = last.isString() ? ranking.indexOf(last.stringValue()) : -1;
		List<String> ids = (position >= 0) ? ranking.after(position, query.size()) : null;
		if (ids == null) {
			return null;
		}
		Query listed = Query.of(q -> q.bool(b -> b.must(ranked).filter(f -> f.ids(i -> i.values(ids)))));
		@SuppressWarnings("rawtypes")
		MsearchResponse<Map> response = msearch(page(query.text(), listed, ids.size(), sort, null), counts);
		var pageResult = result(response, 0);
		var countsResult = result(response, 1);
		var found = pageResult.hits().hits();
		if (pageResult.timedOut() || countsResult.timedOut() || found.size() != ids.size()
				|| total(countsResult, 0) != ranking.total()) {
			return null;
		}
		@SuppressWarnings("rawtypes")
		Map<String, co.elastic.clients.elasticsearch.core.search.Hit<Map>> byId = new HashMap<>();
		found.forEach(h -> byId.put(h.id(), h));
		List<Hit> hits = ids.stream().map(id -> hit(byId.get(id))).toList();
		String next = (position + 1 + ids.size() < ranking.total())
				? SearchCursor.encode(RELEVANCE_ORDER, byId.get(ids.get(ids.size() - 1)).sort()) : null;
		return new SearchResult(ranking.total(), hits, facets(countsResult.aggregations()), next, false);
	}

	/** Sends searches in one {@code _msearch}, within the bound on searches in flight. */
	@SuppressWarnings("rawtypes")
	private MsearchResponse<Map> msearch(MultisearchBody... searches) {
		return this.admission.admit(() -> execute("searching the catalogue", () -> this.client.msearch(m -> {
			m.index(this.alias);
			for (MultisearchBody search : searches) {
				m.searches(r -> r.header(h -> h).body(search));
			}
			return m;
		}, Map.class)));
	}

	@SuppressWarnings("rawtypes")
	private static long total(MultiSearchItem<Map> counts, long otherwise) {
		return (counts.hits().total() != null) ? counts.hits().total().value() : otherwise;
	}

	/** Keeps a ranking unless Elasticsearch ran out of time making it. */
	@SuppressWarnings("rawtypes")
	private void keep(Rankings.Key key, MultiSearchItem<Map> ranking, long total) {
		if (ranking.timedOut()) {
			return;
		}
		var hits = ranking.hits().hits();
		this.rankings.put(key, hits.stream().map(co.elastic.clients.elasticsearch.core.search.Hit::id).toList(), total,
				hits.size() < Rankings.DEPTH);
	}

	/**
	 * The search with the time budget, if there is one. Elasticsearch checks it while it collects matches, on
	 * each shard, and then answers {@code timed_out} with the best hits and the counts of what it has looked at;
	 * it does not keep such an answer in its request cache.
	 */
	private MultisearchBody.Builder budgeted(MultisearchBody.Builder search) {
		return (this.budget != null) ? search.timeout(this.budget) : search;
	}

	/** One search of a {@code _msearch}, or its failure thrown as the search alone would have thrown it. */
	@SuppressWarnings("rawtypes")
	private MultiSearchItem<Map> result(MsearchResponse<Map> response, int index) {
		var item = response.responses().get(index);
		if (item.isFailure()) {
			throw failure("searching the catalogue", new ElasticsearchException("msearch", item.failure()));
		}
		return item.result();
	}

	/**
	 * Up to {@code size} (at most {@value #MAX_SUGGESTIONS}) titles that start with {@code prefix},
	 * or whose words, pinyin or initials from some word on do ({@code zfxx} suggests
	 * {@code 2024年政府信息公开工作年度报告}), newest first.
	 * @throws SearchUnavailable if Elasticsearch cannot be reached or the index does not exist yet
	 */
	public List<String> suggest(String prefix, int size) {
		String typed = (prefix != null) ? prefix.strip().toLowerCase(Locale.ROOT) : "";
		if (typed.isEmpty() || size <= 0) {
			return List.of();
		}
		int wanted = Math.min(size, MAX_SUGGESTIONS);
		@SuppressWarnings("rawtypes")
		SearchResponse<Map> response = execute("suggesting titles", () -> this.client.search(s -> s.index(this.alias)
			.size(0)
			.source(src -> src.filter(f -> f.includes(TITLE)))
			// several inputs of one title may match, and several items may share a title
			.suggest(su -> su.suggesters("title",
					fs -> fs.prefix(typed).completion(c -> c.field(SUGGEST).size(wanted * 3).skipDuplicates(true)))),
				Map.class));
		LinkedHashSet<String> titles = new LinkedHashSet<>();
		for (@SuppressWarnings("rawtypes")
		Suggestion<Map> suggestion : response.suggest().getOrDefault("title", List.of())) {
			for (@SuppressWarnings("rawtypes")
			CompletionSuggestOption<Map> option : suggestion.completion().options()) {
				Object title = (option.source() != null) ? option.source().get(TITLE) : null;
				if (title != null) {
					titles.add(title.toString());
				}
			}
		}
		return titles.stream().limit(wanted).toList();
	}

	/** What an item must match to be found: the clauses above but the phrases, any one of them. */
	private Query matching(String text) {
		List<Query> should = new ArrayList<>();
		String words = ChineseAnalysis.joined(this.analysis.words(text));
		if (!words.isEmpty()) {
			should.add(match(TITLE_WORDS, words, "2<75%", 6));
			should.add(match(BODY_WORDS, words, "2<75%", 2));
		}
		String bigrams = ChineseAnalysis.joined(this.analysis.bigrams(text));
		if (!bigrams.isEmpty()) {
			should.add(match(TITLE_BIGRAMS, bigrams, "3<70%", 3));
			should.add(match(BODY_BIGRAMS, bigrams, "3<70%", 1));
		}
		should.add(Query.of(q -> q.match(m -> m.field(TITLE).query(text).operator(Operator.And).boost(0.5f))));
		should.add(Query.of(q -> q.term(t -> t.field(INDEX_NO).value(text).boost(20f))));
		should.add(Query.of(q -> q.term(t -> t.field(DOC_NUMBER).value(text).boost(20f))));
		String latin = text.toLowerCase(Locale.ROOT).replaceAll("[\\s']", "");
		if (PINYIN.matcher(latin).matches()) {
			should.add(Query.of(q -> q.prefix(p -> p.field(TITLE_PINYIN).value(latin).boost(5f))));
			should.add(Query.of(q -> q.prefix(p -> p.field(TITLE_INITIALS).value(latin).boost(4f))));
		}
		return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
	}

	/**
	 * The phrases that rank an item found by {@link #matching} higher, without finding more: each part's
	 * bigrams adjacent and in order are its characters adjacent and in order, at a fraction of the cost of
	 * a phrase of single characters over the standard-analysed text.
	 */
	private List<Query> phraseBoosts(String text) {
		List<Query> phrases = new ArrayList<>();
		for (String part : phrases(text, false)) {
			String partBigrams = ChineseAnalysis.joined(this.analysis.bigrams(part));
			if (!partBigrams.isEmpty()) {
				phrases.add(phrase(TITLE_BIGRAMS, partBigrams, 3));
				phrases.add(phrase(BODY_BIGRAMS, partBigrams, 1));
			}
		}
		return phrases;
	}

	/**
	 * The pieces of the query to match as phrases: each whitespace-separated part, and (for
	 * highlighting) each segmented word of two or more characters, so that a snippet marks 信息公开
	 * and 年度报告 even when they are apart.
	 */
	private List<String> phrases(String text, boolean withWords) {
		LinkedHashSet<String> phrases = new LinkedHashSet<>();
		for (String part : text.split("\\s+")) {
			if (!part.isBlank()) {
				phrases.add(part);
			}
		}
		if (withWords) {
			this.analysis.words(text).stream().filter(w -> w.length() >= 2).forEach(phrases::add);
		}
		return List.copyOf(phrases);
	}

	private Highlight highlight(String text) {
		List<Query> marks = new ArrayList<>();
		for (String phrase : phrases(text, true)) {
			for (String field : List.of(TITLE, SUMMARY, BODY)) {
				marks.add(phrase(field, phrase, 1));
			}
		}
		Query highlightQuery = marks.isEmpty() ? Query.of(q -> q.matchNone(m -> m))
				: Query.of(q -> q.bool(b -> b.should(marks)));
		return Highlight.of(h -> h.preTags(Snippets.PRE)
			.postTags(Snippets.POST)
			.highlightQuery(highlightQuery)
			.fields(SUMMARY, f -> f.numberOfFragments(1).fragmentSize(SNIPPET_CHARS).noMatchSize(SNIPPET_CHARS))
			.fields(BODY, f -> f.numberOfFragments(1).fragmentSize(SNIPPET_CHARS).noMatchSize(SNIPPET_CHARS)));
	}

	private static List<SortOptions> sort(boolean byRelevance) {
		List<SortOptions> sort = new ArrayList<>();
		if (byRelevance) {
			sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
		}
		sort.add(SortOptions.of(s -> s.field(f -> f.field(PUBLISHED_DATE).order(SortOrder.Desc).missing("_last"))));
		sort.add(SortOptions.of(s -> s.field(f -> f.field(ID).order(SortOrder.Asc))));
		return sort;
	}

	private static List<Query> filters(Map<String, String> filters) {
		List<Query> queries = new ArrayList<>();
		filters.forEach((key, value) -> {
			String field = FILTER_FIELDS.get(key);
			if ("topic".equals(key)) {
				// 综合政务 also finds 综合政务\政务公开
				queries.add(Query.of(q -> q.bool(b -> b.should(s -> s.term(t -> t.field(field).value(value)))
					.should(s -> s.prefix(p -> p.field(field).value(value + "\\"))))));
			}
			else {
				queries.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
			}
		});
		return queries;
	}

	private static Aggregation facet(String name, String field) {
		if ("year".equals(name)) {
			return Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE).order(NamedValue.of("_key", SortOrder.Desc))));
		}
		return Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE)));
	}

	private static Map<String, List<FacetValue>> facets(Map<String, Aggregate> aggregations) {
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (String name : FACETS.keySet()) {
			List<FacetValue> values = new ArrayList<>();
			var aggregate = aggregations.get(name);
			if (aggregate != null && aggregate.isSterms()) {
				for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
					values.add(new FacetValue(bucket.key().stringValue(), bucket.docCount()));
				}
			}
			facets.put(name, List.copyOf(values));
		}
		return facets;
	}

	@SuppressWarnings("rawtypes")
	private static Hit hit(co.elastic.clients.elasticsearch.core.search.Hit<Map> hit) {
		Map source = (hit.source() != null) ? hit.source() : Map.of();
		Object written = source.get(WRITTEN_DATE);
		return new Hit(hit.id(), string(source.get(INDEX_NO)), string(source.get(TITLE)), string(source.get(ISSUER)),
				(written != null) ? LocalDate.parse(written.toString()) : null, string(source.get(COLUMN_NAME)),
				Snippets.best(hit.highlight(), List.of(SUMMARY, BODY)));
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static Query match(String field, String tokens, String minimumShouldMatch, float boost) {
		return Query.of(q -> q.match(m -> m.field(field).query(tokens).minimumShouldMatch(minimumShouldMatch).boost(boost)));
	}

	private static Query phrase(String field, String text, float boost) {
		return Query.of(q -> q.matchPhrase(m -> m.field(field).query(text).boost(boost)));
	}

	private <T> T execute(String what, Calls.Call<T> call) {
		try {
			return Calls.call(what, call);
		}
		catch (ElasticsearchException ex) {
			throw failure(what, ex);
		}
	}

	/**
	 * What to throw for an error Elasticsearch answered: {@link SearchUnavailable} when the index does not
	 * exist yet or the status means "try later", else the error itself.
	 */
	private RuntimeException failure(String what, ElasticsearchException ex) {
		if (Calls.isIndexNotFound(ex)) {
			return new SearchUnavailable("The catalogue index '" + this.alias + "' does not exist yet", ex);
		}
		return Calls.translated(what, ex);
	}

	private static Map<String, String> facets() {
		Map<String, String> facets = new LinkedHashMap<>();
		facets.put("column", COLUMN_NAME);
		facets.put("topic", TOPIC);
		facets.put("issuer", ISSUERS);
		facets.put("year", YEAR);
		facets.put("genre", GENRE);
		facets.put("validity", VALIDITY);
		return Collections.unmodifiableMap(facets);
	}

}
