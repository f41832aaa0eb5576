package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.gongkai.search.SearchResult.FacetValue;
import org.gongkai.search.SearchResult.Hit;
import org.junit.jupiter.api.Test;

class SearchQueryTests {

	@Test
	void fillsDefaults() {
		SearchQuery query = new SearchQuery("  信息公开 ", null, null, 0, " ");
		assertThat(query.text()).isEqualTo("信息公开");
		assertThat(query.filters()).isEmpty();
		assertThat(query.sort()).isEqualTo("relevance");
		assertThat(query.size()).isEqualTo(10);
		assertThat(query.after()).isNull();
		assertThat(new SearchQuery(null, null, "date", 5, null).hasText()).isFalse();
	}

	@Test
	void dropsBlankFilters() {
		Map<String, String> filters = new HashMap<>();
		filters.put("column", "政策解读");
		filters.put("year", " ");
		filters.put("genre", null);
		assertThat(new SearchQuery("", filters, "date", 10, null).filters()).containsExactly(Map.entry("column", "政策解读"));
	}

	@Test
	void refusesUnknownFiltersSortsAndHugePages() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchQuery("", Map.of("colour", "x"), null, 10, null))
			.withMessageContaining("colour");
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchQuery("", null, "title", 10, null))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchQuery("", null, null, 101, null));
	}

	@Test
	void serialisesToThePortalJson() throws Exception {
		// configured as Spring Boot configures its ObjectMapper
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		SearchResult result = new SearchResult(1,
				List.of(new Hit("7", "000014349/2024-00001", "标题", "某局", LocalDate.of(2024, 3, 1), "政策解读",
						"<em>信息</em>")),
				Map.of("column", List.of(new FacetValue("政策解读", 1))), null);
		assertThat(json.writeValueAsString(result)).isEqualTo("{\"total\":1,\"hits\":[{\"id\":\"7\","
				+ "\"indexNo\":\"000014349/2024-00001\",\"title\":\"标题\",\"issuer\":\"某局\",\"writtenDate\":\"2024-03-01\","
				+ "\"column\":\"政策解读\",\"highlight\":\"<em>信息</em>\"}],"
				+ "\"facets\":{\"column\":[{\"value\":\"政策解读\",\"count\":1}]},\"next\":null,\"partial\":false}");
		assertThat(json.writeValueAsString(new SearchResult(0, List.of(), Map.of(), null, true)))
			.isEqualTo("{\"total\":0,\"hits\":[],\"facets\":{},\"next\":null,\"partial\":true}");
	}

}
