package org.gongkai.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.RepositoryService;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 政务信息 through the API with real Keycloak tokens on MariaDB: two units file, their heads review,
 * the office adopts into numbered issues, merges two items into a joint item, forwards one upward and
 * records the province's adoption, relays a leader's instruction for feedback; the scores, rankings
 * and their XLSX add up to the hand-computed points of the seeded rule table.
 */
class ReportFlowIT extends ReportPortalIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_report_flow", registry);
	}

	@Autowired
	RepositoryService repository;

	@Test
	void everyReportProcessIsDeployed() {
		for (var key : List.of("InformationReportProcess", "ReportSupervisionProcess", "ReportCommissionProcess")) {
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).as(key).isPositive();
		}
	}

	@Test
	void unitsFileTheOfficeAdoptsMergesForwardsAndInstructsAndTheScoresAddUp() throws Exception {
		var clerk1 = RealServers.token("clerk1");
		var clerk2 = RealServers.token("clerk2");
		var head1 = RealServers.token("head1");
		var head2 = RealServers.token("head2");
		var editor = RealServers.token("editor1");

		var invalid = call("POST", "/api/reports", clerk1, Map.of("title", " ", "body", "正文", "author", "王芳",
				"phone", "0571-87001234", "urgency", "ROUTINE"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("type").asText()).endsWith("/invalid-input");
		assertThat(invalid.json().get("errors").has("title")).isTrue();
		assertThat(call("POST", "/api/reports", editor, content("不应成功")).status()).isEqualTo(403);

		long a = submitted(clerk1, head1, "市发改委推进重大项目建设");
		long b = submitted(clerk2, head2, "市教育局秋季学期开学平稳");
		assertThat(call("GET", "/api/reports/" + a, clerk2, null).status()).as("another unit's item").isEqualTo(404);

		var notAdopt = complete(editor, task(editor, b, "Task_EditReport"), Map.of("decision", "NOT_ADOPT"));
		assertThat(notAdopt.status()).as("a reason is required").isEqualTo(400);
		assertThat(complete(editor, task(editor, b, "Task_EditReport"),
				Map.of("decision", "ADOPT", "publication", "WEEKLY")).status()).isEqualTo(400);

		assertThat(complete(editor, task(editor, a, "Task_EditReport"), Map.of("decision", "ADOPT", "publication", "DAILY"))
			.status()).isEqualTo(204);
		var adopted = call("GET", "/api/reports/" + a, editor, null).json();
		assertThat(adopted.get("status").asText()).isEqualTo("ADOPTED");
		var issue = adopted.get("carriedIn").get(0);
		assertThat(issue.get("issue").asText()).isEqualTo("《政务信息》" + today().getYear() + "年第1期");

		complete(editor, task(editor, b, "Task_EditReport"),
				Map.of("decision", "ADOPT", "publication", "DAILY", "issueId", issue.get("issueId").asLong()));
		assertThat(call("GET", "/api/reports/" + b, clerk2, null).json().get("carriedIn").get(0).get("issue").asText())
			.isEqualTo("《政务信息》" + today().getYear() + "年第1期");
		complete(editor, task(editor, b, "Task_DecideForwarding"), Map.of("forward", false));

		complete(editor, task(editor, a, "Task_DecideForwarding"), Map.of("forward", true));
		complete(editor, task(editor, a, "Task_RecordUpperOutcome"),
				Map.of("upperAdopted", true, "upperLevel", "PROVINCE", "upperChannel", "BRIEFING"));
		assertThat(call("GET", "/api/reports/" + a, editor, null).json().get("status").asText()).isEqualTo("UPPER_ADOPTED");

		var instructed = call("POST", "/api/reports/" + a + "/instructions", editor,
				Map.of("leaderLevel", "CITY", "leaderName", "李市长", "text", "请市发改委加快推进，按月报送进展。",
						"instructedOn", today().toString(), "feedbackDueAt", OffsetDateTime.now().plusDays(5).toString()));
		assertThat(instructed.status()).as(instructed.text()).isEqualTo(201);
		var supervised = instructed.json().get("instructions").get(0).get("supervisions").get(0);
		assertThat(supervised.get("unitCode").asText()).isEqualTo("fgw");
		assertThat(supervised.get("status").asText()).isEqualTo("OPEN");
		complete(clerk1, task(clerk1, a, "Task_GiveFeedback"), Map.of("feedback", "已成立专班，每月报送进展。"));
		var closed = call("GET", "/api/reports/" + a, clerk1, null).json();
		assertThat(closed.get("instructions").get(0).get("supervisions").get(0).get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("events")).extracting(e -> e.get("type").asText())
			.containsSubsequence("DRAFTED", "SUBMITTED_FOR_REVIEW", "SUBMITTED", "ADOPTED", "FORWARDED", "UPPER_ADOPTED",
					"INSTRUCTED", "SUPERVISION_STARTED", "FEEDBACK_RECEIVED");

		long c = submitted(clerk1, head1, "发改委：重点项目用地保障");
		long d = submitted(clerk2, head2, "教育局：重点项目配套学校");
		complete(editor, task(editor, c, "Task_EditReport"),
				Map.of("decision", "MERGE", "mergeWith", List.of(d), "jointTitle", "我市重点项目配套保障有力"));
		long joint = call("GET", "/api/reports/" + c, editor, null).json().get("mergedIntoId").asLong();
		assertThat(call("GET", "/api/reports/" + d, editor, null).json().get("status").asText()).isEqualTo("MERGED");
		var jointItem = call("GET", "/api/reports/" + joint, editor, null).json();
		assertThat(jointItem.get("joint").asBoolean()).isTrue();
		assertThat(jointItem.get("units")).extracting(JsonNode::asText).containsExactlyInAnyOrder("fgw", "jyj");
		complete(editor, task(editor, joint, "Task_EditReport"), Map.of("decision", "ADOPT", "publication", "SPECIAL"));
		assertThat(call("GET", "/api/reports/" + joint, editor, null).json().get("carriedIn").get(0).get("issue").asText())
			.isEqualTo("专报" + today().getYear() + "年第1期");

		var commissioned = call("POST", "/api/reports/commissions", editor, Map.of("topic", "重点项目建设进展", "units",
				List.of("fgw"), "dueAt", OffsetDateTime.now().plusDays(2).toString()));
		assertThat(commissioned.status()).as(commissioned.text()).isEqualTo(201);
		var commissionTask = call("GET", "/api/tasks", clerk1, null).json();
		String answerTask = null;
		for (var t : commissionTask) {
			if (t.get("taskKey").asText().equals("Task_AnswerCommission")) {
				answerTask = t.get("id").asText();
			}
		}
		assertThat(answerTask).isNotNull();
		assertThat(complete(clerk1, answerTask, Map.of("answerReportId", b)).status()).as("another unit's item").isEqualTo(400);
		assertThat(complete(clerk1, answerTask, Map.of("answerReportId", a)).status()).isEqualTo(204);
		assertThat(call("GET", "/api/reports/commissions", editor, null).json().get(0).get("status").asText())
			.isEqualTo("ANSWERED");

		// fgw: 《政务信息》 3 + province briefing 10 + city leader 5 + half of the joint 专报 1.5 = 19.50
		// jyj: 《政务信息》 3 + half of the joint 专报 1.5 = 4.50
		assertThat(call("PUT", "/api/reports/units/fgw/class", editor, Map.of("unitClass", 1)).status()).isEqualTo(403);
		assertThat(call("PUT", "/api/reports/units/fgw/class", RealServers.token("admin"), Map.of("unitClass", 5)).status())
			.isEqualTo(400);
		assertThat(call("PUT", "/api/reports/units/fgw/class", RealServers.token("admin"), Map.of("unitClass", 1)).status())
			.isEqualTo(204);
		var month = YearMonth.from(today()).toString();
		var ranking = call("GET", "/api/reports/rankings?period=" + month, editor, null).json();
		var rows = ranking.get("rows");
		assertThat(rows.get(0).get("unitCode").asText()).isEqualTo("fgw");
		assertThat(rows.get(0).get("points").decimalValue()).isEqualByComparingTo("19.50");
		assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(rows.get(0).get("adopted").asInt()).isEqualTo(2);
		assertThat(rows.get(0).get("submitted").asInt()).isEqualTo(2);
		assertThat(rows.get(0).get("unitClass").asInt()).isEqualTo(1);
		assertThat(rows.get(0).get("quota").asInt()).as("class 1: 6 a month").isEqualTo(6);
		assertThat(rows.get(0).get("quotaMet").asBoolean()).isFalse();
		assertThat(rows.get(1).get("unitCode").asText()).isEqualTo("jyj");
		assertThat(rows.get(1).get("points").decimalValue()).isEqualByComparingTo("4.50");
		assertThat(rows.get(1).get("quota").asInt()).as("default class 3").isEqualTo(3);
		assertThat(rows.get(1).get("quotaMet").asBoolean()).isFalse();
		assertThat(rows).extracting(r -> r.get("unitCode").asText()).doesNotContain("bgs");

		var year = call("GET", "/api/reports/rankings?period=" + today().getYear(), editor, null).json();
		assertThat(year.get("rows").get(0).get("runningTotal").decimalValue()).isEqualByComparingTo("19.50");
		var quarter = call("GET", "/api/reports/rankings?period=" + today().getYear() + "-Q" + ((today().getMonthValue() + 2) / 3),
				clerk1, null).json();
		assertThat(quarter.get("top10").get(0).get("unitCode").asText()).isEqualTo("fgw");
		var bad = call("GET", "/api/reports/rankings?period=2026-13", editor, null);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("detail").asText()).contains("2026-Q3");

		var lines = call("GET", "/api/reports/scores?period=" + month, editor, null).json();
		assertThat(lines).allSatisfy(line -> assertThat(line.get("evidence").asText()).isNotBlank());
		assertThat(lines).filteredOn(line -> line.get("unit").asText().equals("fgw") && line.get("kind").asText().equals("UPPER_ADOPTED"))
			.singleElement()
			.satisfies(line -> assertThat(line.get("evidence").asText()).contains("BRIEFING").contains("市发改委推进重大项目建设"));

		var xlsx = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/reports/rankings.xlsx?period=" + month)))
			.header("Authorization", "Bearer " + editor)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("单位");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("市发展和改革委员会");
			assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(19.5);
		}
		var bulletin = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/reports/rankings/bulletin.docx?period=" + month)))
			.header("Authorization", "Bearer " + editor)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bulletin.statusCode()).isEqualTo(200);
		assertThat(bulletin.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
		try (var document = new XWPFDocument(new ByteArrayInputStream(bulletin.body()));
				var extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText())
				.startsWith("关于" + today().getYear() + "年" + today().getMonthValue() + "月政务信息报送情况的通报")
				.contains("1\t市发展和改革委员会\t2\t2\t19.5", "市教育局（任务3条", "市人民政府办公室");
		}

		var rules = call("GET", "/api/reports/scoring-rules", clerk1, null).json();
		assertThat(rules).hasSize(14);
		var rule = Map.of("kind", "ADOPTED", "level", "CITY", "channel", "SPECIAL", "points", 6, "effectiveFrom",
				today().plusDays(1).toString(), "description", "市级专报采用，每条");
		assertThat(call("POST", "/api/reports/scoring-rules", editor, rule).status()).isEqualTo(403);
		assertThat(call("POST", "/api/reports/scoring-rules", RealServers.token("admin"), rule).status()).isEqualTo(201);
		assertThat(call("POST", "/api/reports/scoring-rules", RealServers.token("admin"), rule).status()).isEqualTo(400);
		var unchanged = call("GET", "/api/reports/rankings?period=" + month, editor, null).json();
		assertThat(unchanged.get("rows").get(0).get("points").decimalValue()).as("the new version starts tomorrow")
			.isEqualByComparingTo("19.50");
	}

	private long submitted(String clerk, String head, String title) {
		var filed = call("POST", "/api/reports", clerk, content(title));
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		assertThat(filed.json().get("status").asText()).isEqualTo("DRAFTING");
		assertThat(complete(clerk, task(clerk, id, "Task_DraftReport"), Map.of()).status()).isEqualTo(204);
		var review = complete(head, task(head, id, "Task_UnitReview"), Map.of("approved", true));
		assertThat(review.status()).as(review.text()).isEqualTo(204);
		return id;
	}

	private static Map<String, Object> content(String title) {
		return Map.of("title", title, "body", "据统计，截至本月，相关工作按计划推进，成效明显。", "category", "经济", "author", "王芳",
				"phone", "0571-87001234", "urgency", "ROUTINE");
	}

	private Response complete(String token, String taskId, Map<String, Object> decision) {
		return call("POST", "/api/reports/tasks/" + taskId + "/complete", token, new HashMap<>(decision));
	}
}
