package org.gongkai.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.workflow.MariaDb;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The servers the integration tests run against, started by {@code deploy/gongkai test}:
 * Elasticsearch, Keycloak with the gongkai realm, and the machine's MariaDB/MySQL.
 */
public final class RealServers {

	public static final String ES_URL = env("GONGKAI_ES_URL", "http://127.0.0.1:9200");

	public static final String KEYCLOAK_URL = env("GONGKAI_KEYCLOAK_URL", "http://127.0.0.1:8180");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	private RealServers() {
	}

	/** A fresh MariaDB database, a private search alias, and the real Keycloak and Elasticsearch. */
	public static void register(String database, DynamicPropertyRegistry registry) {
		MariaDb.freshDatabase(database, registry);
		dropOldTestIndices();
		registry.add("spring.elasticsearch.uris", () -> ES_URL);
		registry.add("gongkai.keycloak.url", () -> KEYCLOAK_URL);
		// one alias for the context: the supplier is asked each time the property is read
		var alias = "it-catalogue-" + UUID.randomUUID().toString().substring(0, 8);
		registry.add("gongkai.search.alias", () -> alias);
		registry.add("gongkai.demo.enabled", () -> "true");
		registry.add("gongkai.demo.generated-items", () -> "0");
		registry.add("gongkai.demo.requests", () -> "false");
		registry.add("server.address", () -> "127.0.0.1");
		// the tests call from this machine, many times: never rate-limited (RateLimitIT sends forwarded addresses)
		registry.add("gongkai.rate-limit.trusted", () -> LOOPBACK);
		// the default burst, but a refill slower than a loaded test machine answers searches, so that a
		// burst of searches runs the bucket dry however slowly they are answered
		registry.add("gongkai.rate-limit.search.refill", () -> "1");
		registry.add("gongkai.rate-limit.search.per", () -> "2s");
	}

	/**
	 * Sends {@code body} of {@code type} to Elasticsearch with {@code method} and returns its answer.
	 * @throws IllegalStateException unless Elasticsearch answers 200
	 */
	public static String elasticsearch(String method, String path, String body, String type)
			throws IOException, InterruptedException {
		var response = HTTP.send(HttpRequest.newBuilder(URI.create(ES_URL + path))
			.header("Content-Type", type)
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

	/** The test clients' own addresses, trusted by the rate limits. */
	public static final String LOOPBACK = "127.0.0.1,::1";

	/**
	 * Deletes the test indices ({@code it-catalogue-*}) created more than two hours ago, which earlier
	 * runs left behind: a node holds at most 1000 shards, and a test run creates a few indices. Indices
	 * of builds running now are younger and stay.
	 */
	private static void dropOldTestIndices() {
		try {
			var listing = HTTP.send(HttpRequest.newBuilder(URI.create(ES_URL + "/_cat/indices/it-catalogue-*?h=index,creation.date&format=json"))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			if (listing.statusCode() != 200) {
				return;
			}
			long cutoff = System.currentTimeMillis() - Duration.ofHours(2).toMillis();
			for (var index : JSON.readTree(listing.body())) {
				if (index.get("creation.date").asLong() < cutoff) {
					HTTP.send(HttpRequest.newBuilder(URI.create(ES_URL + "/" + index.get("index").asText())).DELETE().build(),
							HttpResponse.BodyHandlers.discarding());
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Elasticsearch is not reachable at " + ES_URL, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** An access token for a demo user from the public {@code gongkai-cli} client (password grant). */
	public static String token(String user) {
		var form = "grant_type=password&client_id=gongkai-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
				+ "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
		try {
			var response = HTTP.send(HttpRequest
				.newBuilder(URI.create(KEYCLOAK_URL + "/realms/gongkai/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
			}
			return JSON.readTree(response.body()).get("access_token").asText();
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException("Keycloak is not reachable at " + KEYCLOAK_URL, e);
		}
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
