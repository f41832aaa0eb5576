package org.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The open model against a local server that answers one call at a time and stalls once. */
class OpenLoadTests {

	private HttpServer server;

	private final AtomicInteger calls = new AtomicInteger();

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
		server.createContext("/", exchange -> {
			int call = calls.incrementAndGet();
			if (call == 10) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
			exchange.sendResponseHeaders(status, 2);
			exchange.getResponseBody().write("ok".getBytes());
			exchange.close();
		});
		// no executor: one call at a time, so a stall holds every call behind it
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void callsDelayedBehindAStallCountFromTheirIntendedStart() throws InterruptedException {
		var load = new OpenLoad(HttpClient.newHttpClient(), 1000, Duration.ofSeconds(10));

		var measured = load.run("stall", 50, Duration.ofSeconds(3), i -> call("/"), r -> r.statusCode() == 200);

		assertThat(measured.started()).as("calls started at the rate, whatever the answers").isEqualTo(150);
		assertThat(measured.ok()).isEqualTo(150);
		assertThat(measured.errors()).isEmpty();
		// about 50 calls were due during the 1 s stall: a closed model would have charged it to one call only
		assertThat(measured.p90()).as("p90 of %s", measured).isGreaterThan(300);
		assertThat(measured.max()).isGreaterThan(900);
		assertThat(measured.seconds()).as("the calls were started over the duration").isBetween(2.9, 3.5);
	}

	@Test
	void unexpectedAnswersAreErrorsByStatus() throws InterruptedException {
		calls.set(100);
		var load = new OpenLoad(HttpClient.newHttpClient(), 1000, Duration.ofSeconds(10));

		var measured = load.run("missing", 20, Duration.ofSeconds(1), i -> call(i % 2 == 0 ? "/" : "/missing"),
				r -> r.statusCode() == 200);

		assertThat(measured.ok()).isEqualTo(10);
		assertThat(measured.errors()).containsEntry("HTTP 404", 10L);
		assertThat(measured.errorCount()).isEqualTo(10);
	}

	private HttpRequest call(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build();
	}
}
