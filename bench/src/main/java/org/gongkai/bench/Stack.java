package org.gongkai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * What every workload uses: the run's options, the portal process and its database, the search alias,
 * one HTTP client for the portal and Elasticsearch alike, the two load models and the results.
 */
final class Stack {

	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	final BenchOptions options;

	final BenchDatabase database;

	final PortalProcess portal;

	final String alias;

	final Results results;

	final Tokens tokens;

	final HttpClient http;

	final OpenLoad open;

	final ClosedLoad closed;

	Stack(BenchOptions options, BenchDatabase database, PortalProcess portal, String alias, Results results) {
		this.options = options;
		this.database = database;
		this.portal = portal;
		this.alias = alias;
		this.results = results;
		this.tokens = new Tokens(options.keycloakUrl());
		// HTTP/1.1 as browsers and proxies talk to the portal; a few threads complete the answers
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newFixedThreadPool(4, runnable -> {
				var thread = new Thread(runnable, "bench-http");
				thread.setDaemon(true);
				return thread;
			}))
			.build();
		this.open = new OpenLoad(http, 2_000, CALL_TIMEOUT);
		this.closed = new ClosedLoad(http);
	}

	HttpRequest.Builder portal(String path) {
		return HttpRequest.newBuilder(URI.create(portal.url(path))).timeout(CALL_TIMEOUT);
	}

	HttpRequest.Builder elasticsearch(String path) {
		return HttpRequest.newBuilder(URI.create(options.esUrl() + path)).timeout(CALL_TIMEOUT);
	}

	/** One call whose answer must have {@code status}; its body. */
	String call(HttpRequest request, int status) throws java.io.IOException, InterruptedException {
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != status) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
					+ " instead of " + status + ": " + response.body());
		}
		return response.body();
	}

	/**
	 * Waits (at most two minutes) until Elasticsearch has no search running or queued, so that the searches
	 * a load left behind (answered too late for the client, still running on the server) do not slow the
	 * next load; records it when they do not drain. Idle means idle for a second.
	 */
	void settle(String after) throws java.io.IOException, InterruptedException {
		var request = elasticsearch("/_nodes/stats/thread_pool?filter_path=nodes.*.thread_pool.search").GET().build();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		int idle = 0;
		while (System.nanoTime() < deadline) {
			var pools = JSON.readTree(call(request, 200)).path("nodes");
			long busy = 0;
			for (var node : pools) {
				var search = node.path("thread_pool").path("search");
				busy += search.path("active").asLong() + search.path("queue").asLong();
			}
			// one running search may be a neighbour's; idle for a second, so that calls the portal still holds
			// (waiting for one of its connections to Elasticsearch) have arrived and run too
			idle = busy <= 1 ? idle + 1 : 0;
			if (idle == 5) {
				return;
			}
			Thread.sleep(200);
		}
		results.fact("searches still running 2 minutes after " + after, true);
	}

	Duration measured() {
		return Duration.ofSeconds(options.seconds());
	}

	Duration warmup() {
		return Duration.ofSeconds(options.warmupSeconds());
	}
}
