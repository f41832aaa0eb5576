package org.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The G5 searches: the portal's URL and the search module's own Elasticsearch request for each. */
class SearchQueriesTests {

	@Test
	void eachSearchCarriesTheRequestTheSearchModuleSendsForIt() throws Exception {
		var searches = SearchQueries.of(40, 7, "bench-alias", List.of("市财政局", "市教育局"), Duration.ofMillis(1500));

		assertThat(searches).hasSize(40);
		assertThat(searches).allSatisfy(search -> {
			assertThat(search.portalPath()).startsWith("/api/catalogue/search?q=");
			assertThat(search.esPath()).startsWith("/bench-alias/_msearch");
			// two searches: a header and a body each, the page and then its counts
			var lines = search.esBody().strip().split("\n");
			assertThat(lines).as(search.esBody()).hasSize(4);
			var mapper = new ObjectMapper();
			var page = mapper.readTree(lines[1]);
			var counts = mapper.readTree(lines[3]);
			assertThat(page.has("highlight")).as(lines[1]).isTrue();
			assertThat(page.path("size").asInt()).as("a page of ten and one more").isEqualTo(11);
			assertThat(counts.path("aggregations").size()).as("facets").isGreaterThanOrEqualTo(6);
			assertThat(counts.path("size").asInt()).as("counts only").isZero();
			assertThat(page.path("timeout").asText()).as("the portal's time budget").isEqualTo("1500ms");
			assertThat(counts.path("timeout").asText()).as("the portal's time budget").isEqualTo("1500ms");
			var text = URLDecoder.decode(search.portalPath().replaceFirst(".*\\?q=([^&]*).*", "$1"), StandardCharsets.UTF_8);
			assertThat(search.esBody()).as("the query's text is in its request").contains(text.split(" ")[0]);
		});
	}

	@Test
	void theSameSeedGivesTheSameSearches() throws Exception {
		var agencies = List.of("市民政局");
		assertThat(SearchQueries.of(10, 3, "a", agencies, Duration.ZERO))
			.isEqualTo(SearchQueries.of(10, 3, "a", agencies, Duration.ZERO));
	}

	@Test
	void withoutABudgetTheRequestsHaveNoTimeout() throws Exception {
		assertThat(SearchQueries.of(5, 3, "a", List.of("市民政局"), Duration.ZERO))
			.allSatisfy(search -> assertThat(search.esBody()).doesNotContain("\"timeout\""));
	}
}
