package org.gongkai.portal.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.portal.request.RequestApiIT;

/**
 * Citizens filing disclosure requests through the API as fast as the portal answers, each client in its
 * own thread: every request answered 201 is recorded with the title it was filed under, every other
 * answer counted by status (0 for no answer: refused or cut connections).
 */
final class Submissions implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final URI url;

	private final String token;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final List<Thread> clients = new ArrayList<>();

	/** Accepted requests: id → title. */
	private final ConcurrentMap<Long, String> accepted = new ConcurrentHashMap<>();

	private final ConcurrentMap<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();

	private final AtomicInteger sequence = new AtomicInteger();

	/** Starts {@code count} clients posting to {@code base + /api/requests} with the applicant's token. */
	Submissions(String base, String token, int count) {
		this.url = URI.create(base + "/api/requests");
		this.token = token;
		for (int i = 0; i < count; i++) {
			var client = new Thread(this::fileUntilStopped, "citizen-" + i);
			client.setDaemon(true);
			clients.add(client);
			client.start();
		}
	}

	/** Stops the clients and waits for their last answers. */
	@Override
	public void close() throws InterruptedException {
		running.set(false);
		for (var client : clients) {
			client.join(Duration.ofSeconds(60).toMillis());
		}
	}

	Map<Long, String> accepted() {
		return Map.copyOf(accepted);
	}

	/** Answers other than 201 by status; 0 = no answer. */
	Map<Integer, Integer> refused() {
		var counts = new java.util.TreeMap<Integer, Integer>();
		refused.forEach((status, count) -> counts.put(status, count.get()));
		return counts;
	}

	int acceptedCount() {
		return accepted.size();
	}

	/** Waits until at least {@code count} requests were accepted (the first ones warm the portal up). */
	void awaitAccepted(int count, Duration timeout) throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (accepted.size() < count) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("only " + accepted.size() + " requests accepted after " + timeout
						+ ", other answers: " + refused());
			}
			Thread.sleep(100);
		}
	}

	private void fileUntilStopped() {
		while (running.get()) {
			String title = "压力测试申请 #" + sequence.incrementAndGet();
			try {
				var response = http.send(HttpRequest.newBuilder(url)
					.timeout(Duration.ofSeconds(30))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(application(title))))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 201) {
					JsonNode body = JSON.readTree(response.body());
					accepted.put(body.get("id").asLong(), title);
				}
				else {
					refused.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
				}
			}
			catch (IOException e) {
				refused.computeIfAbsent(0, s -> new AtomicInteger()).incrementAndGet();
				pause();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The accepted requests that {@code GET /api/requests/{id}} does not show with the title they were
	 * filed under, asked with a few clients at once.
	 */
	static Map<Long, String> missing(String base, String token, Map<Long, String> accepted) {
		var http = HttpClient.newHttpClient();
		var missing = new ConcurrentHashMap<Long, String>();
		accepted.entrySet().parallelStream().forEach(request -> {
			try {
				var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/requests/" + request.getKey()))
					.timeout(Duration.ofSeconds(30))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					missing.put(request.getKey(), response.statusCode() + " " + request.getValue());
				}
				else if (!request.getValue().equals(JSON.readTree(response.body()).path("title").asText())) {
					missing.put(request.getKey(), "another title than " + request.getValue());
				}
			}
			catch (IOException e) {
				missing.put(request.getKey(), e.toString());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		return new java.util.TreeMap<>(missing);
	}

	/** {@link RequestApiIT#application()} under another title. */
	static Map<String, Object> application(String title) {
		var body = new java.util.LinkedHashMap<>(RequestApiIT.application());
		body.put("title", title);
		return body;
	}
}
