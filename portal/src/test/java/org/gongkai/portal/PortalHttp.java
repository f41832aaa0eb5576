package org.gongkai.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port, and HTTP helpers to call it. Each direct subclass names the
 * MariaDB database and settings of its application context in a {@code @DynamicPropertySource}
 * ({@link PortalIT} for most tests); the test classes below one of them share that context.
 */
@SpringBootTest(classes = GongkaiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PortalHttp {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected ObjectMapper json;

	protected String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	protected static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	protected Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	protected Response post(String path, String token, Object body) {
		try {
			var builder = request(path, token).header("Content-Type", "application/json")
				.POST(body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
			return send(builder);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Polls until the condition holds, for work done after commit (indexing). */
	protected Response eventually(Duration timeout, java.util.function.Supplier<Response> call,
			Predicate<Response> done) throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		Response last = call.get();
		while (!done.test(last) && System.nanoTime() < deadline) {
			Thread.sleep(250);
			last = call.get();
		}
		return last;
	}

	/** The id of the open task {@code taskKey} of case {@code caseId} in the caller's task list, or null. */
	protected String openTaskId(String token, long caseId, String taskKey) {
		return openTaskId(token, null, caseId, taskKey);
	}

	/**
	 * The id of the open task {@code taskKey} of case {@code caseId} of process {@code processKey} (any process
	 * if null: a request and a catalogue item may share a number and a task key) in the caller's task list, or null.
	 */
	protected String openTaskId(String token, String processKey, long caseId, String taskKey) {
		String id = null;
		for (var task : get("/api/tasks", token).json()) {
			if (String.valueOf(caseId).equals(task.get("caseId").asText()) && taskKey.equals(task.get("taskKey").asText())
					&& (processKey == null || processKey.equals(task.get("processKey").asText()))) {
				id = task.get("id").asText();
			}
		}
		return id;
	}

	/** Completes the open task {@code taskKey} of case {@code caseId} as the caller, which must answer 204. */
	protected void completeOpenTask(String token, long caseId, String taskKey, java.util.Map<String, Object> variables) {
		completeOpenTask(token, null, caseId, taskKey, variables);
	}

	/** Completes the open task {@code taskKey} of case {@code caseId} of the process as the caller, which must answer 204. */
	protected void completeOpenTask(String token, String processKey, long caseId, String taskKey,
			java.util.Map<String, Object> variables) {
		var response = completeOpenTaskResponse(token, processKey, caseId, taskKey, variables);
		org.assertj.core.api.Assertions.assertThat(response.status()).as(taskKey + ": " + response.text()).isEqualTo(204);
	}

	/** Completes the open task {@code taskKey} of case {@code caseId} of the process as the caller, whatever the answer. */
	protected Response completeOpenTaskResponse(String token, String processKey, long caseId, String taskKey,
			java.util.Map<String, Object> variables) {
		var task = openTaskId(token, processKey, caseId, taskKey);
		org.assertj.core.api.Assertions.assertThat(task).as("task " + taskKey + " of case " + caseId).isNotNull();
		return post("/api/tasks/" + task + "/complete", token, variables);
	}

	/** A request to the application, with the bearer token if given. */
	protected HttpRequest.Builder request(String path, String token) {
		var builder = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	/** Sends it and reads the JSON body if it has one. */
	protected Response send(HttpRequest.Builder builder) {
		try {
			var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = null;
			if (!response.body().isBlank() && response.headers()
				.firstValue("Content-Type")
				.filter(type -> type.contains("json"))
				.isPresent()) {
				body = json.readTree(response.body());
			}
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
					response.body());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What came back: status, content type, the JSON body if any, and the raw text. */
	protected record Response(int status, String contentType, JsonNode json, String text) {
	}
}
