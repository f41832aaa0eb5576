package org.gongkai.portal.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Anonymous full-text search of the public catalogue. */
@RestController
@RequestMapping("/api/catalogue")
@Tag(name = "catalogue search", description = "政府信息公开目录检索（匿名）")
class CatalogueSearchApiController {

	static final List<String> FILTERS = List.of("column", "topic", "issuer", "year", "genre", "validity", "agency");

	private final CatalogueSearch search;

	CatalogueSearchApiController(CatalogueSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	@Operation(summary = "检索目录", description = "Chinese full text, pinyin, filters (column, topic, issuer, year, genre, validity, agency: an agency code, a district with its departments), facets, highlight; `next` is the cursor for the following page.")
	SearchResult search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "10") int size,
			@RequestParam(required = false) String after, @RequestParam Map<String, String> parameters) {
		if (size < 1 || size > 100) {
			throw new IllegalArgumentException("size must be between 1 and 100");
		}
		if (!sort.equals("relevance") && !sort.equals("date")) {
			throw new IllegalArgumentException("sort must be relevance or date");
		}
		return search.search(new SearchQuery(text, filters(parameters), sort, size, after));
	}

	/** The catalogue filters among the request parameters, blank ones dropped, in a stable order. */
	static Map<String, String> filters(Map<String, String> parameters) {
		var filters = new LinkedHashMap<String, String>();
		for (var name : FILTERS) {
			var value = parameters.get(name);
			if (value != null && !value.isBlank()) {
				filters.put(name, value.strip());
			}
		}
		return filters;
	}

	@GetMapping("/suggest")
	@Operation(summary = "输入提示")
	List<String> suggest(@RequestParam("q") String prefix) {
		return search.suggest(prefix, 8);
	}
}
