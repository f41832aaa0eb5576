package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.gongkai.portal.PortalHttp;
import org.gongkai.portal.RealServers;
import org.gongkai.search.CatalogueIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A search that overruns its time budget ({@code gongkai.search.search-budget}, here 1 ms), as a citizen and an
 * API client see it: the results found so far, said to be partial, never an error. The catalogue is made large
 * enough (100,000 items of a few fields, written straight into the portal's index) that counting it takes some
 * some milliseconds; Elasticsearch reads its clock every 200 ms, so a search overruns the budget when that clock
 * ticks while it runs, and the test repeats it until one does (for up to a minute; it takes a few dozen).
 */
class SearchBudgetIT extends PortalHttp {

	private static final int ITEMS = 100_000;

	private static final String QUERY = "政府信息公开";

	/** Varied values, so that Elasticsearch counts the facets document by document (and checks the budget). */
	private static final String[] COLUMNS = { "通知公告", "政策文件", "规划计划", "财政信息", "人事信息" };

	private static boolean filled;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_search_budget", registry);
		registry.add("gongkai.search.search-budget", () -> "1ms");
	}

	/** The portal's own settings: its alias is the index it searches. */
	@Autowired
	SearchProperties properties;

	@Autowired
	CatalogueIndex index;

	@BeforeEach
	void fillTheCatalogueOnce() throws Exception {
		if (filled) {
			return;
		}
		// the portal makes its index on the search relay's first pass, which may come after this: without it the
		// bulk below would make an index of that name with mappings of its own
		index.ensureIndex();
		String alias = properties.alias();
		for (int from = 0; from < ITEMS; from += 10_000) {
			StringBuilder bulk = new StringBuilder();
			for (int i = from; i < from + 10_000; i++) {
				int year = 2016 + i % 10;
				bulk.append("{\"index\":{\"_id\":\"budget-").append(i).append("\"}}\n")
					.append("{\"id\":\"budget-").append(i)
					.append("\",\"title\":\"关于政府信息公开工作的通知").append(i)
					.append("\",\"title_words\":\"关于 政府 信息 公开 工作 的 通知")
					.append("\",\"title_bigrams\":\"关于 政府 府信 信息 息公 公开 开工 工作 的通 通知")
					.append("\",\"publishedDate\":\"").append(year).append("-03-").append(10 + i % 19)
					.append("\",\"year\":\"").append(year)
					.append("\",\"columnName\":\"").append(COLUMNS[i % COLUMNS.length])
					.append("\",\"topic\":\"综合政务\",\"issuers\":[\"某市人民政府办公室").append(i % 40)
					.append("\"],\"genre\":\"通知\",\"validity\":\"有效\"}\n");
			}
			var answer = RealServers.elasticsearch("POST", "/" + alias + "/_bulk", bulk.toString(), "application/x-ndjson");
			assertThat(answer).doesNotContain("\"errors\":true");
		}
		// every search runs: a cached count would never overrun its budget
		RealServers.elasticsearch("PUT", "/" + alias + "/_settings", "{\"index.requests.cache.enable\": false}",
				"application/json");
		RealServers.elasticsearch("POST", "/" + alias + "/_refresh", "", "application/json");
		filled = true;
	}

	@Test
	void theApiAnswersWithWhatWasFoundAndSaysItIsPartial() throws Exception {
		Response partial = firstOf(() -> get("/api/catalogue/search?q=" + encode(QUERY), null),
				r -> r.json().get("partial").asBoolean());

		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.json().get("partial").asBoolean()).as("a search that overran its budget").isTrue();
		// what was found within the budget: never more than the index holds (the test's items and the demo's)
		var indexed = json.readTree(RealServers.elasticsearch("GET", "/" + properties.alias() + "/_count", "",
				"application/json")).get("count").asLong();
		assertThat(partial.json().get("total").asLong()).isLessThanOrEqualTo(indexed).isPositive();
	}

	@Test
	void theSearchPageShowsThePartialResultsWithANotice() {
		Response partial = firstOf(() -> get("/catalogue?q=" + encode(QUERY), null),
				r -> r.text().contains("id=\"search-partial\""));

		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.text()).as("a page of a search that overran its budget")
			.contains("id=\"search-partial\"", "未能在限定时间内查完全部信息", "已找到至少");
	}

	/** The first call that passes, or the last one after a minute of calls. */
	private static Response firstOf(java.util.function.Supplier<Response> call, Predicate<Response> wanted) {
		Response last = null;
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
		do {
			last = call.get();
			assertThat(last.status()).as(last.text()).isEqualTo(200);
			if (wanted.test(last)) {
				break;
			}
		}
		while (System.nanoTime() < deadline);
		return last;
	}
}
