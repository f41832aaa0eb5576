package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search's time budget against a real Elasticsearch: a catalogue large enough that counting and ranking
 * it takes longer than a millisecond, searched with and without a budget. The documents carry only the
 * fields these searches read (written with {@code _bulk}, not rendered: rendering 50,000 items would take a
 * minute).
 */
class CatalogueSearchBudgetIT {

	private static final String ES_URL = Objects.requireNonNullElse(System.getenv("GONGKAI_ES_URL"),
			"http://127.0.0.1:9200");

	private static final String ALIAS = "it-budget-" + UUID.randomUUID().toString().substring(0, 8);

	private static final int ITEMS = 100_000;

	private static final String[] COLUMNS = { "通知公告", "政策文件", "规划计划", "财政信息", "人事信息" };

	private static RestClient rest;

	private static ElasticsearchClient client;

	@BeforeAll
	static void indexALargeCatalogue() throws IOException {
		rest = RestClient.builder(HttpHost.create(ES_URL)).build();
		client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
		new CatalogueIndex(client, ALIAS).ensureIndex();
		// every search runs: a cached count would never overrun its budget
		Request noCache = new Request("PUT", "/" + ALIAS + "/_settings");
		noCache.setJsonEntity("{\"index.requests.cache.enable\": false}");
		rest.performRequest(noCache);
		LocalDate first = LocalDate.of(2016, 1, 1);
		for (int from = 0; from < ITEMS; from += 10_000) {
			StringBuilder bulk = new StringBuilder();
			for (int i = from; i < from + 10_000; i++) {
				LocalDate published = first.plusDays(i % 3650);
				bulk.append("{\"index\":{\"_id\":\"").append(i).append("\"}}\n")
					.append("{\"id\":\"").append(i)
					.append("\",\"title\":\"关于政府信息公开工作的通知").append(i)
					.append("\",\"title_words\":\"关于 政府 信息 公开 工作 的 通知")
					.append("\",\"title_bigrams\":\"关于 政府 府信 信息 息公 公开 开工 工作 的通 通知")
					.append("\",\"publishedDate\":\"").append(published)
					.append("\",\"year\":\"").append(published.getYear())
					.append("\",\"columnName\":\"").append(COLUMNS[i % COLUMNS.length])
					.append("\",\"topic\":\"综合政务\",\"issuers\":[\"某市人民政府办公室").append(i % 40)
					.append("\"],\"genre\":\"通知\",\"validity\":\"有效\"}\n");
			}
			Request request = new Request("POST", "/" + ALIAS + "/_bulk");
			request.setEntity(new NStringEntity(bulk.toString(), ContentType.create("application/x-ndjson", "UTF-8")));
			rest.performRequest(request);
		}
		rest.performRequest(new Request("POST", "/" + ALIAS + "/_refresh"));
	}

	@AfterAll
	static void deleteTheIndex() throws IOException {
		if (client != null) {
			for (String index : client.indices().getAlias(a -> a.name(ALIAS)).result().keySet()) {
				client.indices().delete(d -> d.index(index));
			}
		}
		if (rest != null) {
			rest.close();
		}
	}

	@Test
	void withoutABudgetCountsEveryMatch() {
		var search = new CatalogueSearch(client, ALIAS, SearchAdmission.unbounded(), null);

		SearchResult result = search.search(new SearchQuery("政府信息公开", Map.of(), "relevance", 10, null));

		assertThat(result.partial()).isFalse();
		assertThat(result.total()).isEqualTo(ITEMS);
		assertThat(result.facets().get("column")).extracting(SearchResult.FacetValue::count)
			.containsOnly((long) ITEMS / COLUMNS.length);
	}

	/**
	 * Elasticsearch checks the budget against a clock it reads every 200 ms ({@code thread_pool.estimated_time_interval}),
	 * so a search of some tens of milliseconds overruns a budget of one only when that clock ticks while it runs:
	 * the search is repeated until it does, for up to a minute (it takes a few). Without a budget the same searches
	 * are never partial.
	 */
	@Test
	void aSearchPastItsBudgetAnswersWithWhatItFoundAndSaysSo() {
		var budgeted = new CatalogueSearch(client, ALIAS, SearchAdmission.unbounded(), Duration.ofMillis(1));
		var unbudgeted = new CatalogueSearch(client, ALIAS, SearchAdmission.unbounded(), null);
		var query = new SearchQuery("政府信息公开", Map.of(), "relevance", 10, null);
		SearchResult partial = null;
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (partial == null && System.nanoTime() < deadline) {
			assertThat(unbudgeted.search(query).partial()).isFalse();
			SearchResult result = budgeted.search(query);
			partial = result.partial() ? result : null;
		}

		assertThat(partial).as("a search that overran a budget of 1 ms").isNotNull();
		assertThat(partial.total()).isLessThanOrEqualTo(ITEMS);
	}

	@Test
	void withoutItsBudgetTheSameSearchIsNeverPartial() {
		var complete = new CatalogueSearch(client, ALIAS, SearchAdmission.unbounded(), Duration.ofMillis(1)).withoutBudget();
		var query = new SearchQuery("政府信息公开", Map.of(), "date", 10, null);

		// five seconds of searches: with the budget, some of them would overrun it (see below)
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < until) {
			SearchResult result = complete.search(query);
			assertThat(result.partial()).isFalse();
			assertThat(result.total()).isEqualTo(ITEMS);
		}
	}

	@Test
	void aBudgetTheSearchFitsInChangesNothing() {
		var search = new CatalogueSearch(client, ALIAS, SearchAdmission.unbounded(), Duration.ofSeconds(30));

		SearchResult result = search.search(new SearchQuery("政府信息公开", Map.of("column", "财政信息"), "relevance", 10, null));

		assertThat(result.partial()).isFalse();
		assertThat(result.total()).isEqualTo(ITEMS / COLUMNS.length);
		assertThat(result.hits()).hasSize(10);
	}

	@Test
	void refusesABudgetThatIsNotPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CatalogueSearch(client, ALIAS, SearchAdmission.unbounded(), Duration.ZERO));
	}
}
