package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.gongkai.search.SearchResult.FacetValue;
import org.gongkai.search.SearchResult.Hit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Indexes a small Chinese catalogue into a real Elasticsearch ({@code GONGKAI_ES_URL}, default
 * {@code http://127.0.0.1:9200}) under fresh {@code it-*} aliases, searches it, and deletes the
 * indices afterwards.
 */
class CatalogueSearchIT {

	private static final String ES_URL = Objects.requireNonNullElse(System.getenv("GONGKAI_ES_URL"),
			"http://127.0.0.1:9200");

	private static final String RUN = "it-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String PAGING_COLUMN = "分页测试";

	private static final Map<String, LocalDate> PUBLISHED = new HashMap<>();

	private static RestClient rest;

	private static ElasticsearchClient client;

	private static CatalogueIndex index;

	private static CatalogueSearch search;

	private static final List<String> createdAliases = new ArrayList<>();

	@BeforeAll
	static void indexTheCatalogue() {
		rest = RestClient.builder(HttpHost.create(ES_URL)).build();
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(json)));
		index = catalogue(RUN);
		search = new CatalogueSearch(client, RUN);
		index.ensureIndex();

		List<CatalogueDocument> docs = new ArrayList<>();
		docs.add(doc("word", "2024年政府信息公开工作年度报告", "本报告依据《中华人民共和国政府信息公开条例》编制。", "全年主动公开政府信息1200条。",
				"某市人民政府办公室", LocalDate.of(2024, 1, 20), "政府信息公开年报", "综合政务\\政务公开", "报告", "有效"));
		docs.add(doc("scattered", "关于开展诚信建设和公共消息发布的通知", "诚信建设宣传。", "各单位要开展诚信宣传，及时发布公共消息。", "某市市场监督管理局",
				LocalDate.of(2024, 3, 1), "通知公告", "综合政务", "通知", "有效"));
		docs.add(doc("title", "关于推进垃圾分类工作的实施意见", "规范城市生活废弃物处理。", "为规范生活废弃物处理，制定本意见。", "某市城市管理局",
				LocalDate.of(2024, 5, 10), "行政规范性文件", "城乡建设、环境保护", "意见", "有效"));
		docs.add(doc("body", "2024年城市管理工作要点", "全年工作安排。",
				"一、总体要求。坚持以人民为中心的发展思想，提升城市精细化管理水平。二、重点任务。做好<b>垃圾分类</b>宣传，完善收运体系，"
						+ "加强市容环境整治，推进智慧城管建设，落实门前三包责任制。三、保障措施。加强组织领导，强化督促检查。",
				"某市城市管理局、某市生态环境局", LocalDate.of(2024, 2, 1), "规划计划", "城乡建设、环境保护", "计划", "有效"));
		docs.add(doc("old", "关于废止部分规范性文件的决定", "废止五件规范性文件。", "经清理，决定废止下列规范性文件。", "某市人民政府",
				LocalDate.of(2019, 6, 1), "行政规范性文件", "综合政务", "决定", "废止"));
		docs.add(doc("nodate", "政府信息公开指南", "如何申请政府信息公开。", "公民可以依法申请获取政府信息。", "某市人民政府办公室", null,
				"政府信息公开指南", "综合政务\\政务公开", "指南", "有效"));
		for (int i = 0; i < 25; i++) {
			// three items a day, so that the id has to break ties
			docs.add(doc("page-%02d".formatted(i), "分页样本第" + i + "号统计数据", "分页样本。", "用于分页的样本。", "某市统计局",
					LocalDate.of(2023, 1, 1).plusDays(i / 3), PAGING_COLUMN, "其他", "统计数据", "有效"));
		}
		index.bulkIndex(docs);
	}

	@AfterAll
	static void deleteTheIndices() throws IOException {
		if (client != null) {
			for (String alias : createdAliases) {
				client.indices().delete(d -> d.index(alias + "-v2").ignoreUnavailable(true));
			}
		}
		if (rest != null) {
			rest.close();
		}
	}

	@Test
	void ranksTheWordAboveItsCharactersScattered() {
		List<String> ids = ids(search.search(SearchQuery.of("信息公开")));
		assertThat(ids).contains("word", "scattered");
		assertThat(ids.indexOf("word")).isLessThan(ids.indexOf("scattered"));
	}

	@Test
	void sortsByDateWhenAskedInsteadOfRelevance() {
		List<String> byRelevance = ids(search.search(new SearchQuery("信息公开", null, "relevance", 10, null)));
		List<String> byDate = ids(search.search(new SearchQuery("信息公开", null, "date", 10, null)));
		assertThat(byDate).containsExactlyInAnyOrderElementsOf(byRelevance);
		// "scattered" is newer than "word" but ranks below it
		assertThat(byRelevance.indexOf("word")).isLessThan(byRelevance.indexOf("scattered"));
		assertThat(byDate.indexOf("scattered")).isLessThan(byDate.indexOf("word"));
		assertThat(byDate.stream().map(PUBLISHED::get).filter(Objects::nonNull).toList())
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		// items without a publication date come last
		assertThat(byDate.get(byDate.size() - 1)).isEqualTo("nodate");
	}

	@Test
	void ranksATitleMatchAboveABodyMatch() {
		// "title" has 垃圾分类 in its title only, "body" in its body only
		List<String> ids = ids(search.search(SearchQuery.of("垃圾分类")));
		assertThat(ids).containsExactly("title", "body");
	}

	@Test
	void needsMoreThanOneSharedCharacter() {
		// 政府 is in several items, 年度报告 in one: two of the three words must be there
		assertThat(ids(search.search(SearchQuery.of("政府年度报告")))).containsExactly("word");
		// three of five words are enough
		assertThat(ids(search.search(SearchQuery.of("政府信息公开年度报告")))).containsExactly("word", "nodate");
	}

	@Test
	void findsTitlesByPinyinInitialsFromAnyWord() {
		assertThat(ids(search.search(SearchQuery.of("zfxxgk")))).containsExactlyInAnyOrder("word", "nodate");
		assertThat(ids(search.search(SearchQuery.of("ljfl")))).containsExactly("title");
	}

	@Test
	void findsTitlesByFullPinyin() {
		assertThat(ids(search.search(SearchQuery.of("zhengfuxinxigongkaigongzuo")))).containsExactly("word");
		assertThat(ids(search.search(SearchQuery.of("xinxi gongkai")))).containsExactlyInAnyOrder("word", "nodate");
	}

	@Test
	void findsADocumentNumberExactly() {
		SearchResult result = search.search(SearchQuery.of("某城管〔2024〕5号"));
		assertThat(ids(result).get(0)).isEqualTo("title");
	}

	@Test
	void countsFacetsOverAllMatches() {
		SearchResult all = search.search(new SearchQuery("", null, null, 10, null));
		assertThat(all.total()).isEqualTo(31);
		assertThat(all.facets().get("column")).containsExactlyInAnyOrder(new FacetValue(PAGING_COLUMN, 25),
				new FacetValue("行政规范性文件", 2), new FacetValue("政府信息公开年报", 1), new FacetValue("通知公告", 1),
				new FacetValue("规划计划", 1), new FacetValue("政府信息公开指南", 1));
		assertThat(all.facets().get("column").get(0)).isEqualTo(new FacetValue(PAGING_COLUMN, 25));
		assertThat(all.facets().get("year")).containsExactly(new FacetValue("2024", 4), new FacetValue("2023", 25),
				new FacetValue("2019", 1));
		assertThat(all.facets().get("issuer")).containsExactlyInAnyOrder(new FacetValue("某市统计局", 25),
				new FacetValue("某市城市管理局", 2), new FacetValue("某市人民政府办公室", 2), new FacetValue("某市生态环境局", 1),
				new FacetValue("某市市场监督管理局", 1), new FacetValue("某市人民政府", 1));
		assertThat(all.facets().get("validity")).containsExactly(new FacetValue("有效", 30), new FacetValue("废止", 1));
		assertThat(all.facets()).containsOnlyKeys("column", "topic", "issuer", "year", "genre", "validity");

		SearchResult found = search.search(SearchQuery.of("垃圾分类"));
		assertThat(found.facets().get("genre")).containsExactlyInAnyOrder(new FacetValue("意见", 1),
				new FacetValue("计划", 1));
		assertThat(found.facets().get("topic")).containsExactly(new FacetValue("城乡建设、环境保护", 2));
	}

	@Test
	void highlightsMatchesInEscapedText() {
		Hit body = hit(search.search(SearchQuery.of("垃圾分类")), "body");
		assertThat(body.highlight()).contains("&lt;b&gt;<em>垃圾分类</em>&lt;/b&gt;").doesNotContain("<b>");
		// only the title matched: the summary stands in, unmarked
		Hit title = hit(search.search(SearchQuery.of("垃圾分类")), "title");
		assertThat(title.highlight()).isEqualTo("规范城市生活废弃物处理。");
	}

	@Test
	void fillsHitsFromTheSource() {
		Hit word = hit(search.search(SearchQuery.of("年度报告")), "word");
		assertThat(word).isEqualTo(new Hit("word", "000014349/2024-word", "2024年政府信息公开工作年度报告", "某市人民政府办公室",
				LocalDate.of(2024, 1, 15), "政府信息公开年报", word.highlight()));
		// the words of the query are marked apart
		assertThat(word.highlight()).isEqualTo("本<em>报告</em>依据《中华人民共和国政府信息公开条例》编制。");
		// nothing in the summary or body matched: the summary stands in
		assertThat(hit(search.search(SearchQuery.of("zfxxgk")), "word").highlight())
			.isEqualTo("本报告依据《中华人民共和国政府信息公开条例》编制。");
	}

	@Test
	void pagesThroughEveryHitExactlyOnceByDate() {
		List<Hit> all = pageThrough(new SearchQuery("", Map.of("column", PAGING_COLUMN), "date", 10, null), 10, 10, 5);
		assertThat(all).extracting(Hit::id).doesNotHaveDuplicates().hasSize(25);
		assertThat(all).extracting(h -> PUBLISHED.get(h.id())).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void pagesThroughEveryHitExactlyOnceByRelevance() {
		List<Hit> all = pageThrough(new SearchQuery("分页样本", Map.of("column", PAGING_COLUMN), "relevance", 10, null),
				10, 10, 5);
		assertThat(all).extracting(Hit::id).doesNotHaveDuplicates().hasSize(25);
	}

	@Test
	void endsWithoutACursorWhenThePageIsExactlyFull() {
		SearchResult result = search.search(new SearchQuery("", Map.of("column", "行政规范性文件"), "date", 2, null));
		assertThat(result.hits()).hasSize(2);
		assertThat(result.next()).isNull();
	}

	@Test
	void refusesAMalformedCursor() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> search.search(new SearchQuery("", null, "date", 10, "bm90LWEtY3Vyc29y")))
			.withMessageContaining("Malformed search cursor");
		String byRelevance = search.search(new SearchQuery("分页样本", null, "relevance", 2, null)).next();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> search.search(new SearchQuery("", null, "date", 2, byRelevance)));
	}

	@Test
	void listsNewestFirstWithoutText() {
		SearchResult result = search.search(new SearchQuery(" ", null, "relevance", 100, null));
		List<String> ids = ids(result);
		assertThat(ids).hasSize(31).startsWith("title", "scattered", "body", "word").endsWith("nodate");
		assertThat(ids.subList(0, 30)).extracting(PUBLISHED::get).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void filtersByColumnTopicYearAndIssuer() {
		assertThat(ids(search.search(new SearchQuery("", Map.of("column", "行政规范性文件"), null, 10, null))))
			.containsExactly("title", "old");
		assertThat(ids(search.search(new SearchQuery("", Map.of("topic", "综合政务"), null, 10, null))))
			.containsExactlyInAnyOrder("word", "scattered", "old", "nodate");
		assertThat(ids(search.search(new SearchQuery("", Map.of("year", "2019"), null, 10, null)))).containsExactly("old");
		assertThat(ids(search.search(new SearchQuery("", Map.of("issuer", "某市生态环境局"), null, 10, null))))
			.containsExactly("body");
		assertThat(ids(search.search(new SearchQuery("垃圾分类", Map.of("column", "规划计划"), null, 10, null))))
			.containsExactly("body");
	}

	@Test
	void suggestsTitlesByPrefixPinyinAndInitials() {
		assertThat(search.suggest("政府信息", 5)).containsExactlyInAnyOrder("2024年政府信息公开工作年度报告", "政府信息公开指南");
		assertThat(search.suggest("ZFXX", 5)).containsExactlyInAnyOrder("2024年政府信息公开工作年度报告", "政府信息公开指南");
		assertThat(search.suggest("lajifen", 5)).containsExactly("关于推进垃圾分类工作的实施意见");
		assertThat(search.suggest("分页样本", 3)).hasSize(3);
		assertThat(search.suggest(" ", 5)).isEmpty();
	}

	@Test
	void deletesAnItemAndToleratesMissingOnes() {
		String alias = RUN + "-delete";
		CatalogueIndex other = catalogue(alias);
		CatalogueSearch otherSearch = new CatalogueSearch(client, alias);
		other.index(doc("temp", "临时发布的测试公告", null, null, "某局", LocalDate.of(2024, 6, 1), "通知公告", "其他", "公告", "有效"));
		assertThat(ids(otherSearch.search(SearchQuery.of("测试公告")))).containsExactly("temp");
		other.delete("temp");
		assertThat(otherSearch.search(SearchQuery.of("测试公告")).total()).isZero();
		assertThatNoException().isThrownBy(() -> other.delete("never-indexed"));
	}

	@Test
	void keepsTheNewestStateWhenAnOlderOneArrivesLate() {
		String alias = RUN + "-versions";
		CatalogueIndex other = catalogue(alias);
		CatalogueSearch otherSearch = new CatalogueSearch(client, alias);
		CatalogueDocument v1 = doc("late", "初稿标题的通知", null, null, "某局", LocalDate.of(2024, 6, 1), "通知公告", "其他", "通知", "有效");
		CatalogueDocument v2 = doc("late", "修订标题的通知", null, null, "某局", LocalDate.of(2024, 6, 1), "通知公告", "其他", "通知", "有效");
		other.index(version(v2, 2));
		// a node that rendered the item before its last change writes afterwards: refused, silently
		assertThatNoException().isThrownBy(() -> other.index(version(v1, 1)));
		assertThatNoException().isThrownBy(() -> other.bulkIndex(List.of(version(v1, 1))));
		assertThat(hit(otherSearch.search(SearchQuery.of("通知")), "late").title()).isEqualTo("修订标题的通知");
		// the same version again replaces the document (the row rendered anew)
		other.index(version(doc("late", "修订标题的通知（更正部门）", null, null, "某局", LocalDate.of(2024, 6, 1), "通知公告", "其他",
				"通知", "有效"), 2));
		assertThat(hit(otherSearch.search(SearchQuery.of("通知")), "late").title()).isEqualTo("修订标题的通知（更正部门）");
		// withdrawn in version 3: a late write of version 2 does not bring it back
		other.delete("late", 3);
		other.index(version(v2, 2));
		assertThat(otherSearch.search(SearchQuery.of("通知")).total()).isZero();
		// published again in version 4
		other.index(version(v2, 4));
		assertThat(ids(otherSearch.search(SearchQuery.of("通知")))).containsExactly("late");
	}

	@Test
	void recreatesTheIndexWhenItWasDeletedUnderneath() throws IOException {
		String alias = RUN + "-recreate";
		CatalogueIndex other = catalogue(alias);
		other.index(doc("first", "第一份公告", null, null, "某局", LocalDate.of(2024, 6, 1), "通知公告", "其他", "公告", "有效"));
		client.indices().delete(d -> d.index(alias + "-v2"));
		other.index(doc("second", "第二份公告", null, null, "某局", LocalDate.of(2024, 6, 2), "通知公告", "其他", "公告", "有效"));
		other.bulkIndex(List.of(doc("third", "第三份公告", null, null, "某局", LocalDate.of(2024, 6, 3), "通知公告", "其他", "公告",
				"有效")));
		// behind the alias again, not a concrete index auto-created under the alias's name
		assertThat(client.indices().getAlias(g -> g.name(alias)).result()).containsOnlyKeys(alias + "-v2");
		assertThat(ids(new CatalogueSearch(client, alias).search(SearchQuery.of("公告")))).containsExactlyInAnyOrder("third",
				"second");
	}

	@Test
	void reportsRefusedItemsAndIndexesTheRest() {
		String alias = RUN + "-bulk";
		CatalogueIndex other = catalogue(alias);
		// a keyword longer than Lucene's 32,766-byte term limit
		CatalogueDocument bad = doc("bad", "机构名称错误的文件", null, null, "局".repeat(12_000), LocalDate.of(2024, 1, 1), "通知公告",
				"其他", "通知", "有效");
		CatalogueDocument good = doc("good", "机构名称正确的文件", null, null, "某局", LocalDate.of(2024, 1, 1), "通知公告", "其他",
				"通知", "有效");
		assertThatExceptionOfType(IndexingFailed.class).isThrownBy(() -> other.bulkIndex(List.of(bad, good)))
			.satisfies(ex -> assertThat(ex.ids()).containsExactly("bad"));
		assertThat(ids(new CatalogueSearch(client, alias).search(SearchQuery.of("文件")))).containsExactly("good");
	}

	@Test
	void createsTheIndexOnceWhenNodesRace() throws Exception {
		String alias = RUN + "-race";
		CatalogueIndex first = catalogue(alias);
		CatalogueIndex second = new CatalogueIndex(client, alias);
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<Void> a = CompletableFuture.runAsync(() -> await(start, first));
		CompletableFuture<Void> b = CompletableFuture.runAsync(() -> await(start, second));
		start.countDown();
		CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);
		first.ensureIndex();
		assertThat(client.indices().getAlias(g -> g.name(alias)).result()).containsOnlyKeys(alias + "-v2");
	}

	/**
	 * The total and the facets are a search of their own, the same for every page of a query: Elasticsearch's
	 * request cache answers them after the first page (what keeps deep paging at 1,000,000 items as cheap as
	 * page 1, docs/performance.md G6), and the pages still count and page alike.
	 */
	@Test
	void countsEachQueryOnceForAllItsPages() throws IOException {
		var first = new SearchQuery("分页样本", Map.of("column", PAGING_COLUMN), "relevance", 10, null);
		client.indices().clearCache(c -> c.index(RUN).request(true));
		long before = requestCacheHits();
		SearchResult page1 = search.search(first);
		SearchResult page2 = search.search(first.withAfter(page1.next()));
		SearchResult again = search.search(first);
		assertThat(requestCacheHits() - before).as("the second page's and the repeated first page's counts").isEqualTo(2);
		assertThat(page2.total()).isEqualTo(page1.total()).isEqualTo(again.total()).isEqualTo(25);
		assertThat(page2.facets()).isEqualTo(page1.facets());
		assertThat(ids(page2)).doesNotContainAnyElementsOf(ids(page1));
		assertThat(ids(again)).isEqualTo(ids(page1));
	}

	/**
	 * A relevance search's later pages come by id from the ranking kept at its second page, and are the pages a
	 * search by cursor gives; while the search counts what the ranking counted, the kept order is the one read;
	 * an item published into the search makes it search by cursor and rank anew.
	 */
	@Test
	void pagesARelevanceSearchByItsKeptRanking() {
		String alias = RUN + "-ranking";
		CatalogueIndex ranking = catalogue(alias);
		ranking.ensureIndex();
		List<CatalogueDocument> docs = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			docs.add(doc("rank-%02d".formatted(i), "排名样本第%02d号".formatted(i), "排名样本。", "用于排名的样本。", "某市统计局",
					LocalDate.of(2022, 1, 1).plusDays(i), "排名测试", "其他", "统计数据", "有效"));
		}
		ranking.bulkIndex(docs);
		Rankings rankings = new Rankings(8, Duration.ofMinutes(5), System::nanoTime);
		CatalogueSearch kept = new CatalogueSearch(client, alias, SearchAdmission.unbounded(), null, rankings);
		var first = new SearchQuery("排名样本", Map.of(), "relevance", 10, null);
		var key = Rankings.Key.of(first);

		SearchResult page1 = kept.search(first);
		assertThat(rankings.size()).isZero();
		SearchResult page2 = kept.search(first.withAfter(page1.next()));
		assertThat(rankings.get(key).ids()).hasSize(30).startsWith(ids(page1).toArray(String[]::new));
		assertThat(rankings.get(key).complete()).isTrue();
		assertThat(ids(page2)).isEqualTo(ids(byCursor(alias, first.withAfter(page1.next()))));
		SearchQuery third = first.withAfter(page2.next());
		SearchResult page3 = kept.search(third);
		assertThat(ids(page3)).hasSize(10).isEqualTo(ids(byCursor(alias, third)));
		assertThat(page3.next()).isNull();
		assertThat(page3.total()).isEqualTo(30);
		assertThat(page3.facets()).isEqualTo(page1.facets());

		// the kept order is the one read, not the scores': the page after rank-27 is what follows it there
		List<String> order = new ArrayList<>(List.of("rank-29", "rank-28", "rank-27", "rank-00", "rank-01", "rank-02"));
		docs.stream().map(CatalogueDocument::id).filter(id -> !order.contains(id)).forEach(order::add);
		rankings.put(key, order, 30, true);
		var afterTop = new SearchQuery("排名样本", Map.of(), "relevance", 3, null);
		SearchResult top = kept.search(afterTop);
		assertThat(ids(top)).containsExactly("rank-29", "rank-28", "rank-27");
		SearchResult planted = kept.search(afterTop.withAfter(top.next()));
		assertThat(ids(planted)).containsExactly("rank-00", "rank-01", "rank-02");
		assertThat(ids(kept.search(afterTop.withAfter(planted.next())))).containsExactly("rank-03", "rank-04",
				"rank-05");
		assertThat(ids(byCursor(alias, afterTop.withAfter(top.next())))).containsExactly("rank-26", "rank-25",
				"rank-24");

		// an item published into the search changes its total: searched by cursor, ranked anew
		ranking.index(doc("rank-30", "排名样本第30号", "排名样本。", "用于排名的样本。", "某市统计局", LocalDate.of(2021, 1, 1),
				"排名测试", "其他", "统计数据", "有效"));
		top = kept.search(afterTop);
		SearchQuery second = afterTop.withAfter(top.next());
		SearchResult afterPublishing = kept.search(second);
		assertThat(afterPublishing.total()).isEqualTo(31);
		assertThat(ids(afterPublishing)).isEqualTo(ids(byCursor(alias, second))).doesNotContain("rank-00");
		assertThat(rankings.get(key).total()).isEqualTo(31);
		assertThat(rankings.get(key).ids()).hasSize(31).startsWith(ids(top).toArray(String[]::new));
	}

	/** A search by cursor alone: a new searcher keeps no ranking yet. */
	private static SearchResult byCursor(String alias, SearchQuery query) {
		return new CatalogueSearch(client, alias).search(query);
	}

	private static long requestCacheHits() throws IOException {
		return client.indices()
			.stats(s -> s.index(RUN).metric("request_cache"))
			.all()
			.total()
			.requestCache()
			.hitCount();
	}

	@Test
	void saysWhenElasticsearchIsUnreachable() throws IOException {
		try (RestClient nowhere = RestClient.builder(HttpHost.create("http://127.0.0.1:1")).build()) {
			ElasticsearchClient offline = new ElasticsearchClient(new RestClientTransport(nowhere, new JacksonJsonpMapper()));
			CatalogueIndex unreachable = new CatalogueIndex(offline, RUN + "-offline");
			assertThat(unreachable.available()).isFalse();
			assertThatExceptionOfType(SearchUnavailable.class).isThrownBy(() -> unreachable.index(
					doc("x", "标题", null, null, null, null, null, null, null, null)));
			assertThatExceptionOfType(SearchUnavailable.class)
				.isThrownBy(() -> new CatalogueSearch(offline, RUN).search(SearchQuery.of("信息")));
		}
		assertThat(index.available()).isTrue();
	}

	@Test
	void refusesASearchBeyondItsBoundAsBusyAndSendsTheNextOne() throws Exception {
		var admission = new SearchAdmission(1, Duration.ofMillis(100));
		var bounded = new CatalogueSearch(client, RUN, admission);
		var release = new CountDownLatch(1);
		var held = new CountDownLatch(1);
		var holder = new Thread(() -> admission.admit(() -> {
			held.countDown();
			try {
				return release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				return false;
			}
		}));
		holder.start();
		try {
			assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
			assertThatExceptionOfType(SearchBusy.class).isThrownBy(() -> bounded.search(SearchQuery.of("信息")));
		}
		finally {
			release.countDown();
			holder.join();
		}
		assertThat(bounded.search(SearchQuery.of("信息")).total()).isPositive();
	}

	@Test
	void saysWhenTheIndexDoesNotExistYet() {
		assertThatExceptionOfType(SearchUnavailable.class)
			.isThrownBy(() -> new CatalogueSearch(client, RUN + "-missing").search(SearchQuery.of("信息")))
			.withMessageContaining("does not exist");
	}

	private static List<Hit> pageThrough(SearchQuery first, int... pageSizes) {
		List<Hit> all = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		SearchQuery query = first;
		for (int i = 0; i < pageSizes.length; i++) {
			SearchResult page = search.search(query);
			assertThat(page.total()).isEqualTo(25);
			assertThat(page.hits()).hasSize(pageSizes[i]);
			all.addAll(page.hits());
			if (i < pageSizes.length - 1) {
				assertThat(page.next()).isNotNull();
				assertThat(cursors.add(page.next())).isTrue();
				query = query.withAfter(page.next());
			}
			else {
				assertThat(page.next()).isNull();
			}
		}
		return all;
	}

	private static void await(CountDownLatch start, CatalogueIndex index) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		index.ensureIndex();
	}

	private static CatalogueIndex catalogue(String alias) {
		createdAliases.add(alias);
		return new CatalogueIndex(client, alias);
	}

	private static CatalogueDocument doc(String id, String title, String summary, String body, String issuer,
			LocalDate published, String column, String topic, String genre, String validity) {
		PUBLISHED.put(id, published);
		LocalDate written = (published != null) ? published.minusDays(5) : null;
		String docNumber = "title".equals(id) ? "某城管〔2024〕5号" : null;
		return new CatalogueDocument(id, "000014349/" + ((published != null) ? published.getYear() : "0000") + "-" + id,
				title, summary, body, issuer, "D01", written, published, docNumber, "C-" + column, column, topic, genre,
				validity, List.of(), List.of(), null);
	}

	private static CatalogueDocument version(CatalogueDocument d, long version) {
		return new CatalogueDocument(d.id(), d.indexNo(), d.title(), d.summary(), d.body(), d.issuer(), d.departmentCode(),
				d.writtenDate(), d.publishedDate(), d.docNumber(), d.columnCode(), d.columnName(), d.topic(), d.genre(),
				d.validity(), d.keywords(), d.attachmentNames(), d.attachmentText(), version);
	}

	private static List<String> ids(SearchResult result) {
		return result.hits().stream().map(Hit::id).toList();
	}

	private static Hit hit(SearchResult result, String id) {
		return result.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
	}

}
