package org.gongkai.portal.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.portal.RealServers;
import org.gongkai.workflow.annual.Table3Column;
import org.gongkai.workflow.annual.Table3Row;
import org.junit.jupiter.api.Test;

/**
 * The annual report through the API with real Keycloak tokens on MariaDB and Elasticsearch: tables as
 * JSON with stable keys, bad input as problems, submission refused while a check fails; submitted,
 * frozen (409 while under review), returned by 保密审查 with its reason, edited, resubmitted and approved
 * by 保密审查 and the department head through the task API; then published: found in the public
 * catalogue search, its public page and downloads.
 */
class AnnualReportApiIT extends AnnualPortalIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void officeSubmitsTheReviewReturnsThenApprovesAndThePublicFindsTheReport() throws Exception {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		var editor = RealServers.token("editor1");
		var path = "/api/annual-reports/" + year + "?agency=jyj";
		var report = get(path, editor);
		assertThat(report.status()).as(report.text()).isEqualTo(200);
		var json = report.json();
		assertThat(json.get("status").asText()).isEqualTo("DRAFT");
		assertThat(json.get("agencyName").asText()).isEqualTo("市教育局");
		assertThat(json.get("due").asText()).isEqualTo((year + 1) + "-01-31");
		for (var row : Table3Row.values()) {
			for (var column : Table3Column.values()) {
				assertThat(json.get("table3").get(row.key()).get(column.key()).isIntegralNumber())
					.as(row.key() + "." + column.key())
					.isTrue();
			}
		}
		assertThat(json.get("table4").get("litigationAfterReview").get("pending").asLong()).isZero();
		assertThat(json.get("table2").get("normativeDocuments").has("valid")).isTrue();
		assertThat(json.get("table2").get("licensing").get("decisions").isNull()).isTrue();
		assertThat(json.get("checks")).extracting(c -> c.get("cell").asText()).contains("section1.overview",
				"table2.licensing.decisions");
		assertThat(json.get("publishable").asBoolean()).isFalse();
		// section 六's fee figures are computed from the fee notices, never a check to fill in
		assertThat(json.get("fees").get("noticesIssued").isIntegralNumber()).isTrue();
		assertThat(json.get("fees").get("amountYuan").isNumber()).isTrue();
		assertThat(json.get("fees").get("collectedYuan").isNumber()).isTrue();
		assertThat(json.get("fees").get("source").asText()).isEqualTo("fee-notices");
		assertThat(json.get("checks")).extracting(c -> c.get("cell").asText()).noneMatch(c -> c.startsWith("section6.fee"));
		assertThat(json.get("draft").has("feeNotices")).isFalse();

		assertThat(get(path, RealServers.token("clerk1")).status()).as("another department's report").isEqualTo(403);
		assertThat(get(path, RealServers.token("clerk2")).status()).as("one's own department").isEqualTo(200);
		var unknown = get("/api/annual-reports/" + year + "?agency=nope", editor);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").asText()).endsWith("/unknown-agency");

		var negative = send("PUT", "/api/annual-reports/" + year + "/draft?agency=jyj", editor, Map.of("licensing", -1));
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(negative.body()).get("errors").get("licensing").asText()).isEqualTo("不得为负数");
		assertThat(send("PUT", "/api/annual-reports/" + year + "/draft?agency=jyj", RealServers.token("clerk2"),
				Map.of("licensing", 1)).statusCode()).as("a clerk does not edit").isEqualTo(403);

		var early = send("POST", "/api/annual-reports/" + year + "/publication?agency=jyj", editor, null);
		assertThat(early.statusCode()).isEqualTo(422);
		var problem = this.json.readTree(early.body());
		assertThat(problem.get("type").asText()).endsWith("/annual-report-fails-checks");
		assertThat(problem.get("failures")).extracting(f -> f.get("cell").asText()).contains("section1.overview",
				"section6.otherMatters");

		var draft = new LinkedHashMap<String, Object>();
		draft.put("licensing", 12);
		draft.put("punishment", 3);
		draft.put("coercion", 0);
		draft.put("administrativeFees", 1.25);
		draft.put("overview", "本年度，市教育局坚持以公开为常态、不公开为例外。");
		draft.put("problems", "主动公开的及时性有待提高。");
		draft.put("otherMatters", "无。");
		var saved = send("PUT", "/api/annual-reports/" + year + "/draft?agency=jyj", editor, draft);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(this.json.readTree(saved.body()).get("checks")).isEmpty();

		var submitted = send("POST", "/api/annual-reports/" + year + "/publication?agency=jyj", editor, null);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		var underReview = this.json.readTree(submitted.body());
		assertThat(underReview.get("status").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(underReview.get("publishable").asBoolean()).isFalse();
		assertThat(underReview.get("fees")).as("frozen as computed").isEqualTo(json.get("fees"));
		long itemId = underReview.get("catalogueItemId").asLong();
		assertThat(submitted.headers().firstValue("Location")).hasValue("/workbench/items/" + itemId);
		assertThat(underReview.get("events")).extracting(e -> e.get("type").asText()).containsExactly("SUBMITTED");

		// under review nothing changes: 409 problems, and nothing public yet
		var locked = send("PUT", "/api/annual-reports/" + year + "/draft?agency=jyj", editor, draft);
		assertThat(locked.statusCode()).isEqualTo(409);
		assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		var lockedProblem = this.json.readTree(locked.body());
		assertThat(lockedProblem.get("type").asText()).endsWith("/annual-report-under-review");
		assertThat(lockedProblem.get("agency").asText()).isEqualTo("jyj");
		assertThat(lockedProblem.get("year").asInt()).isEqualTo(year);
		var again = send("POST", "/api/annual-reports/" + year + "/publication?agency=jyj", editor, null);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(again.body()).get("type").asText()).endsWith("/annual-report-under-review");
		assertThat(get("/annual-reports/" + year + "/jyj", null).status()).as("not yet published").isEqualTo(404);
		assertThat(get(path, editor).json().get("status").asText()).isEqualTo("UNDER_REVIEW");

		// 保密审查 returns it: a draft again, the reason shown to the office
		var secrecy = RealServers.token("secrecy1");
		complete(secrecy, itemId, "Task_SecrecyReview", Map.of("approved", false, "comment", "总体情况请补充主动公开数量。"));
		var returned = get(path, editor).json();
		assertThat(returned.get("status").asText()).isEqualTo("DRAFT");
		assertThat(returned.get("returnReason").asText()).isEqualTo("总体情况请补充主动公开数量。");
		assertThat(returned.get("events")).extracting(e -> e.get("type").asText()).containsExactly("SUBMITTED", "RETURNED");
		assertThat(returned.get("events").get(1).get("actor").asText()).isEqualTo("secrecy1");
		assertThat(returned.get("publishable").asBoolean()).isTrue();

		// edited and resubmitted, then approved by 保密审查 and the department head
		draft.put("overview", "本年度，市教育局坚持以公开为常态、不公开为例外，全年主动公开政府信息120条。");
		var edited = send("PUT", "/api/annual-reports/" + year + "/draft?agency=jyj", editor, draft);
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		var resubmitted = send("POST", "/api/annual-reports/" + year + "/publication?agency=jyj", editor, null);
		assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(202);
		assertThat(this.json.readTree(resubmitted.body()).get("catalogueItemId").asLong()).as("the same item")
			.isEqualTo(itemId);
		assertThat(this.json.readTree(resubmitted.body()).get("returnReason").isNull()).isTrue();
		// a review completed without its decision: a 400 naming it, and nothing moved
		var undecided = tryComplete(secrecy, itemId, "Task_SecrecyReview", Map.of());
		assertThat(undecided.statusCode()).as(undecided.body()).isEqualTo(400);
		assertThat(this.json.readTree(undecided.body()).get("parameter").asText()).isEqualTo("approved");
		complete(secrecy, itemId, "Task_SecrecyReview", Map.of("approved", true));
		assertThat(get(path, editor).json().get("status").asText()).as("the department head still to approve")
			.isEqualTo("UNDER_REVIEW");
		complete(RealServers.token("head2"), itemId, "Task_DepartmentHeadApproval", Map.of("approved", true));

		var published = get(path, editor).json();
		assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(published.get("fees")).as("frozen as computed").isEqualTo(json.get("fees"));
		assertThat(published.get("events")).extracting(e -> e.get("type").asText()).containsExactly("SUBMITTED",
				"RETURNED", "SUBMITTED", "PUBLISHED");
		assertThat(published.get("events").get(3).get("actor").asText()).isEqualTo("head2");
		var twice = send("POST", "/api/annual-reports/" + year + "/publication?agency=jyj", editor, null);
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(twice.body()).get("type").asText()).endsWith("/annual-report-published");

		var title = "市教育局" + year + "年政府信息公开工作年度报告";
		var found = eventually(Duration.ofSeconds(30), () -> get("/api/catalogue/search?q=" + encode(title), null),
				r -> r.json() != null && r.json().get("total").asLong() > 0);
		assertThat(found.json().get("hits").get(0).get("title").asText()).isEqualTo(title);

		var page = get("/annual-reports/" + year + "/jyj", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(title, "三、本年度办理结果", "（七）总计", "全年主动公开政府信息120条", "行政诉讼");
		assertThat(get("/annual-reports/" + year + "/fgw", null).status()).as("not published").isEqualTo(404);

		var xlsx = HTTP.send(HttpRequest.newBuilder(URI.create(url("/annual-reports/" + year + "/jyj/report.xlsx"))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getSheet("表二").getRow(6).getCell(1).getNumericCellValue()).isEqualTo(12.0);
			assertThat(workbook.getSheet("表三").getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(workbook.getSheet("表三").getRow(3).getCell(9).getNumericCellValue())
				.isEqualTo(json.get("table3").get("newlyReceived").get("total").asDouble());
			var fees = workbook.getSheet("信息处理费");
			assertThat(fees.getRow(0).getCell(0).getStringCellValue()).isEqualTo("发出收费通知件数");
			assertThat(fees.getRow(1).getCell(0).getNumericCellValue())
				.isEqualTo(json.get("fees").get("noticesIssued").asDouble());
			assertThat(fees.getRow(1).getCell(2).getNumericCellValue())
				.isEqualTo(json.get("fees").get("collectedYuan").asDouble());
		}
	}

	@Test
	void statisticsAreTablesWithExportsForTheOffice() throws Exception {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		var editor = RealServers.token("editor1");
		var all = get("/api/statistics?year=" + year, editor);
		assertThat(all.status()).as(all.text()).isEqualTo(200);
		assertThat(all.json()).extracting(s -> s.get("key").asText()).containsExactly("requests-by-month",
				"requests-by-applicant", "requests-by-channel", "requests-by-outcome", "requests-by-department", "reply-timeliness", "overdue",
				"items-by-month", "items-by-column", "items-by-department", "item-timeliness", "item-crosstab",
				"item-crosstab-on-time", "form-suggestions-by-month", "by-government", "consultations-by-agency",
				"letters-by-month", "letters-by-agency", "proposals-by-unit", "proposals-by-class");
		var crossTab = series(all.json(), "item-crosstab");
		assertThat(crossTab.get("headers")).hasSize(17);
		assertThat(crossTab.get("rows")).allSatisfy(row -> assertThat(row).hasSize(17));
		var byMonth = all.json().get(0);
		assertThat(byMonth.get("rows")).hasSize(12);
		assertThat(get("/api/statistics?year=" + year, RealServers.token("clerk1")).status()).isEqualTo(403);

		var csv = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/statistics/requests-by-month.csv?year=" + year)))
			.header("Authorization", "Bearer " + editor)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		var lines = csv.body().replace("\uFEFF", "").split("\r\n");
		assertThat(lines[0]).isEqualTo("月份,申请数");
		assertThat(lines).hasSize(13);
		assertThat(lines[1]).isEqualTo("1月," + byMonth.get("rows").get(0).get(1).asLong());

		var xlsx = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/statistics/items-by-column.xlsx?year=" + year)))
			.header("Authorization", "Bearer " + editor)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("栏目");
			var expected = series(all.json(), "items-by-column").get("rows");
			assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
			for (int r = 0; r < expected.size(); r++) {
				assertThat(sheet.getRow(r + 1).getCell(0).getStringCellValue()).isEqualTo(expected.get(r).get(0).asText());
				assertThat(sheet.getRow(r + 1).getCell(1).getNumericCellValue()).isEqualTo(expected.get(r).get(1).asDouble());
			}
		}
		var crossTabCsv = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/statistics/item-crosstab.csv?year=" + year)))
			.header("Authorization", "Bearer " + editor)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(crossTabCsv.statusCode()).isEqualTo(200);
		assertThat(crossTabCsv.body().replace("\uFEFF", "").split("\r\n")[0])
			.isEqualTo("栏目,部门,1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月,合计,按时发布,按时率（%）");
		assertThat(get("/api/statistics/nope.csv?year=" + year, editor).status()).isEqualTo(404);
	}

	/** Completes the review task of the catalogue item offered to the token's user, through the task API. */
	private void complete(String token, long itemId, String taskKey, Map<String, Object> decision) throws Exception {
		var done = tryComplete(token, itemId, taskKey, decision);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
	}

	private HttpResponse<String> tryComplete(String token, long itemId, String taskKey, Map<String, Object> decision)
			throws Exception {
		var inbox = get("/api/tasks", token);
		assertThat(inbox.status()).as(inbox.text()).isEqualTo(200);
		String taskId = null;
		for (var task : inbox.json()) {
			if (String.valueOf(itemId).equals(task.get("caseId").asText()) && taskKey.equals(task.get("taskKey").asText())) {
				taskId = task.get("id").asText();
			}
		}
		assertThat(taskId).as(taskKey + " of item " + itemId + " in " + inbox.text()).isNotNull();
		return send("POST", "/api/tasks/" + taskId + "/complete", token, decision);
	}

	private HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode series(JsonNode all, String key) {
		for (var series : all) {
			if (series.get("key").asText().equals(key)) {
				return series;
			}
		}
		throw new AssertionError("no series " + key);
	}
}
