package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.PortalIT;

/** What the request ITs share: an application, completing tasks through the task API, the notices' PDF text. */
public abstract class RequestApiIT extends PortalIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static String notice(long requestId, JsonNode notices, String kind) {
		for (var notice : notices) {
			if (kind.equals(notice.get("kind").asText())) {
				return "/api/requests/" + requestId + "/notices/" + notice.get("id").asLong();
			}
		}
		throw new AssertionError("no " + kind + " notice in " + notices);
	}

	static String number(JsonNode notices, String kind) {
		for (var notice : notices) {
			if (kind.equals(notice.get("kind").asText())) {
				return notice.get("number").asText();
			}
		}
		throw new AssertionError("no " + kind + " notice in " + notices);
	}

	static LocalDate issued(JsonNode notices, String kind) {
		for (var notice : notices) {
			if (kind.equals(notice.get("kind").asText())) {
				return LocalDate.parse(notice.get("issuedOn").asText());
			}
		}
		throw new AssertionError("no " + kind + " notice in " + notices);
	}

	static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	String pdfText(String path, String token) throws IOException {
		var response = download(path, token);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/pdf"));
		try (var pdf = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s", "").replaceAll("—\\d+—", "");
		}
	}

	HttpResponse<byte[]> download(String path, String token) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	void completeTask(String token, long requestId, String taskKey, Map<String, Object> variables) {
		var response = completeTaskResponse(token, requestId, taskKey, variables);
		assertThat(response.status()).as(taskKey + ": " + response.text()).isEqualTo(204);
	}

	Response completeTaskResponse(String token, long requestId, String taskKey, Map<String, Object> variables) {
		JsonNode task = null;
		for (var candidate : get("/api/tasks", token).json()) {
			if (String.valueOf(requestId).equals(candidate.get("caseId").asText())
					&& taskKey.equals(candidate.get("taskKey").asText())) {
				task = candidate;
			}
		}
		assertThat(task).as("task " + taskKey + " of request " + requestId).isNotNull();
		return post("/api/tasks/" + task.get("id").asText() + "/complete", token, variables);
	}

	/** A valid application of a natural person, as the API takes it. */
	public static Map<String, Object> application() {
		var body = new LinkedHashMap<String, Object>();
		body.put("applicantType", "NATURAL_PERSON");
		body.put("applicantName", "张三");
		body.put("idNumber", "11010519491231002X");
		body.put("phone", "13812345678");
		body.put("title", "2026年市级财政专项资金分配结果");
		body.put("description", "申请公开2026年市级财政专项资金的分配结果及依据文件。");
		body.put("deliveryForm", "ELECTRONIC");
		body.put("deliveryMethod", "ONLINE");
		body.put("accessibilityNeeds", false);
		return body;
	}

}
