package org.gongkai.bench;

import java.io.IOException;
import java.time.Duration;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.sun.net.httpserver.HttpServer;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchAdmission;
import org.gongkai.search.SearchQuery;

/**
 * The searches of G5: what citizens type (subjects, subjects with a 体裁 or year, agencies, 文号 prefixes,
 * pinyin and initials, everyday words), some narrowed by a year or 体裁 filter, each as the portal's URL and
 * as the exact request the portal sends to Elasticsearch for it. The request comes from the search module's
 * own {@link CatalogueSearch}, sent once to a local stand-in for Elasticsearch that records it, so the raw
 * comparison follows every change of the portal's query.
 */
final class SearchQueries {

	/** One search: the portal's path and query string, and Elasticsearch's path and JSON body for it. */
	record Search(String portalPath, String esPath, String esBody) {
	}

	private SearchQueries() {
	}

	/**
	 * {@code count} distinct searches (fewer if the vocabulary runs out), the same for the same seed, with the
	 * portal's time budget ({@code budget}, zero for none).
	 */
	static List<Search> of(int count, long seed, String alias, List<String> agencies, Duration budget)
			throws IOException {
		var random = new Random(seed);
		var queries = new LinkedHashSet<SearchQuery>();
		for (int attempt = 0; queries.size() < count && attempt < count * 20; attempt++) {
			queries.add(query(random, agencies));
		}
		var searches = new ArrayList<Search>();
		try (var recorder = new Recorder()) {
			var search = new CatalogueSearch(recorder.client(), alias, SearchAdmission.unbounded(),
					budget.isZero() ? null : budget);
			for (var query : queries) {
				var request = recorder.record(() -> search.search(query));
				searches.add(new Search(portalPath(query), "/" + request.path(), request.body()));
			}
		}
		return searches;
	}

	private static SearchQuery query(Random random, List<String> agencies) {
		var area = Vocabulary.pick(random, Vocabulary.AREAS);
		var subject = Vocabulary.pick(random, area.subjects());
		int year = 2017 + random.nextInt(10);
		String text = switch (random.nextInt(10)) {
			case 0, 1, 2 -> subject;
			case 3 -> subject + Vocabulary.pick(random, Vocabulary.GENRES);
			case 4 -> year + "年" + subject;
			case 5 -> Vocabulary.pick(random, agencies) + " " + Vocabulary.pick(random, Vocabulary.AREAS).keyword();
			case 6 -> Vocabulary.pick(random, Vocabulary.EVERYDAY);
			case 7 -> area.keyword() + " " + Vocabulary.pick(random, Vocabulary.ASPECTS);
			case 8 -> subject.substring(0, Math.min(subject.length(), 2 + random.nextInt(3)));
			default -> "关于" + subject + "的" + Vocabulary.pick(random, Vocabulary.GENRES);
		};
		// the order of the portal's own filter map (CatalogueSearchApiController.FILTERS)
		Map<String, String> filters = new LinkedHashMap<>();
		int narrowed = random.nextInt(10);
		if (narrowed == 0) {
			filters.put("year", String.valueOf(year));
		}
		else if (narrowed == 1) {
			filters.put("genre", Vocabulary.pick(random, Vocabulary.GENRES));
		}
		return new SearchQuery(text, filters, SearchQuery.RELEVANCE, SearchQuery.DEFAULT_SIZE, null);
	}

	private static String portalPath(SearchQuery query) {
		var path = new StringBuilder("/api/catalogue/search?q=").append(URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
		query.filters().forEach((name, value) -> path.append('&').append(name).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return path.toString();
	}

	/** A local HTTP server standing in for Elasticsearch: it records each request and answers 503. */
	private static final class Recorder implements AutoCloseable {

		record Request(String path, String body) {
		}

		private final HttpServer server;

		private final RestClient rest;

		private final AtomicReference<Request> last = new AtomicReference<>();

		Recorder() throws IOException {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
			server.createContext("/", exchange -> {
				var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				var uri = exchange.getRequestURI();
				last.set(new Request(uri.getRawPath().substring(1) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), body));
				exchange.sendResponseHeaders(503, -1);
				exchange.close();
			});
			server.start();
			rest = RestClient.builder(new HttpHost("127.0.0.1", server.getAddress().getPort())).build();
		}

		ElasticsearchClient client() {
			return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
		}

		Request record(Runnable call) {
			last.set(null);
			try {
				call.run();
			}
			catch (RuntimeException expected) {
				// the stand-in answers 503: the request is what we wanted
			}
			var request = last.get();
			if (request == null) {
				throw new IllegalStateException("the search module sent no request to record");
			}
			return request;
		}

		@Override
		public void close() throws IOException {
			rest.close();
			server.stop(0);
		}
	}
}
