package org.gongkai.portal.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.portal.GongkaiApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the 政务信息 and 紧急信息 ITs: the whole portal on a random port with the real servers; each subclass
 * registers a MariaDB database of its own, so other suites' resets of the shared one cannot reach it.
 */
@SpringBootTest(classes = GongkaiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ReportPortalIT {

	protected static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected ObjectMapper json;

	protected String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	protected static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	protected String task(String token, long reportId, String taskKey) {
		var tasks = call("GET", "/api/tasks", token, null).json();
		for (var task : tasks) {
			if (String.valueOf(reportId).equals(task.path("caseId").asText()) && taskKey.equals(task.path("taskKey").asText())) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("No task " + taskKey + " of report " + reportId + " in " + tasks);
	}

	protected Response call(String method, String path, String token, Object body) {
		try {
			var builder = HttpRequest.newBuilder(URI.create(url(path)))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
			var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			var text = response.body();
			return new Response(response.statusCode(),
					text.isBlank() || !text.startsWith("{") && !text.startsWith("[") ? null : json.readTree(text), text);
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	protected record Response(int status, JsonNode json, String text) {
	}
}
