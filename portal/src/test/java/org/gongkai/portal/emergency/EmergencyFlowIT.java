package org.gongkai.portal.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RepositoryService;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.report.ReportPortalIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 紧急信息 through the API with real Keycloak tokens on MariaDB: a unit files a major event with a late
 * 初报 (迟报), follows up, is found to have concealed facts (瞒报), files the 终报 and the office closes
 * the event; the office registers events the units have not reported, the job executor fires the
 * 初报 alert, one unit reports late and the other is recorded as 漏报; the month's ranking carries
 * every deduction.
 */
class EmergencyFlowIT extends ReportPortalIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_emergency", registry);
	}

	@Autowired
	RepositoryService repository;

	@Test
	void unitsReportTheOfficeAlertsJudgesAndClosesAndTheRankingShowsTheDeductions() throws Exception {
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("EmergencyInformationProcess").count())
			.isPositive();
		var clerk1 = RealServers.token("clerk1");
		var clerk2 = RealServers.token("clerk2");
		var editor = RealServers.token("editor1");

		var invalid = call("POST", "/api/reports/emergencies", clerk1, Map.of("name", " ", "occurredAt", ago(10),
				"location", "某地", "summary", "概况", "author", "李明", "phone", "13800000000"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("type").asText()).endsWith("/invalid-input");
		assertThat(invalid.json().get("errors").has("name")).isTrue();
		assertThat(invalid.json().get("errors").has("severity")).isTrue();
		var future = call("POST", "/api/reports/emergencies", clerk1, event("MAJOR", OffsetDateTime.now().plusHours(2), "PHONE"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").has("occurredAt")).as(future.text()).isTrue();

		// fgw: a major event two hours ago, its 初报 by phone now: 迟报
		var filed = call("POST", "/api/reports/emergencies", clerk1, event("MAJOR", OffsetDateTime.now().minusHours(2), "PHONE"));
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long major = filed.json().get("id").asLong();
		assertThat(filed.json().get("status").asText()).isEqualTo("REPORTING");
		assertThat(filed.json().get("unitCode").asText()).isEqualTo("fgw");
		assertThat(filed.json().get("late").asBoolean()).isTrue();
		var first = filed.json().get("reports").get(0);
		assertThat(first.get("kind").asText()).isEqualTo("FIRST");
		assertThat(first.get("late").asBoolean()).isTrue();
		assertThat(OffsetDateTime.parse(first.get("dueAt").asText()))
			.isEqualTo(OffsetDateTime.parse(filed.json().get("occurredAt").asText()).plusMinutes(20));
		assertThat(filed.json().get("deductions")).singleElement()
			.satisfies(d -> assertThat(d.get("channel").asText()).isEqualTo("LATE_EMERGENCY"));
		assertThat(filed.json().get("minutesLeft").asLong()).as("a 续报 within 2 hours").isBetween(118L, 120L);

		var other = call("GET", "/api/reports/emergencies/" + major, clerk2, null);
		assertThat(other.status()).as("another unit's event").isEqualTo(404);
		assertThat(other.json().get("type").asText()).endsWith("/emergency-not-found");
		assertThat(call("POST", "/api/reports/emergencies/" + major + "/reports", clerk2, report("FOLLOW_UP")).status())
			.isEqualTo(404);

		var graver = new java.util.HashMap<String, Object>(report("FOLLOW_UP"));
		graver.put("severity", "EXTRAORDINARY");
		var followUp = call("POST", "/api/reports/emergencies/" + major + "/reports", clerk1, graver);
		assertThat(followUp.status()).as(followUp.text()).isEqualTo(201);
		assertThat(followUp.json().get("reports").get(1).get("late").asBoolean()).isFalse();
		assertThat(followUp.json().get("severity").asText()).as("the 续报 re-grades the event").isEqualTo("EXTRAORDINARY");
		assertThat(followUp.json().get("reports")).extracting(r -> r.get("severity").asText())
			.containsExactly("MAJOR", "EXTRAORDINARY");
		var early = call("POST", "/api/reports/emergencies/" + major + "/close", editor, null);
		assertThat(early.status()).as("no 终报 yet").isEqualTo(409);
		assertThat(call("POST", "/api/reports/emergencies/" + major + "/reports", clerk1, report("FIRST")).status())
			.as("a second 初报").isEqualTo(409);

		assertThat(call("POST", "/api/reports/emergencies/" + major + "/concealment", clerk1, Map.of("reason", "x")).status())
			.isEqualTo(403);
		assertThat(call("POST", "/api/reports/emergencies/" + major + "/concealment", editor, Map.of("reason", " ")).status())
			.isEqualTo(400);
		var concealed = call("POST", "/api/reports/emergencies/" + major + "/concealment", editor,
				Map.of("reason", "初报称无人员伤亡，经核实受伤3人"));
		assertThat(concealed.status()).as(concealed.text()).isEqualTo(201);
		assertThat(concealed.json().get("concealed").asBoolean()).isTrue();
		assertThat(call("POST", "/api/reports/emergencies/" + major + "/concealment", editor, Map.of("reason", "再次")).status())
			.isEqualTo(400);

		var fin = call("POST", "/api/reports/emergencies/" + major + "/reports", clerk1, report("FINAL"));
		assertThat(fin.json().get("status").asText()).isEqualTo("FINAL_REPORTED");
		var closed = call("POST", "/api/reports/emergencies/" + major + "/close", editor, Map.of("comment", "终报已阅"));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.json().get("reports")).extracting(r -> r.get("kind").asText())
			.containsExactly("FIRST", "FOLLOW_UP", "FINAL");
		assertThat(closed.json().get("events")).extracting(e -> e.get("type").asText())
			.containsExactly("REGISTERED", "REPORT_FIRST", "REPORTED_LATE", "REPORT_FOLLOW_UP", "SEVERITY_CHANGED",
					"CONCEALED", "REPORT_FINAL", "CLOSED");

		// jyj: two events the office learned of; neither reported within its limit
		var registered = call("POST", "/api/reports/emergencies", editor,
				withUnit(event("GENERAL", OffsetDateTime.now().minusHours(3), null), "jyj"));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		long late = registered.json().get("id").asLong();
		assertThat(registered.json().get("status").asText()).isEqualTo("AWAITING_FIRST_REPORT");
		assertThat(registered.json().get("minutesLeft").asLong()).isNegative();
		long missed = call("POST", "/api/reports/emergencies", editor,
				withUnit(event("LARGE", OffsetDateTime.now().minusHours(2), null), "jyj")).json().get("id").asLong();

		var alert = alertOf(editor, late);
		assertThat(call("GET", "/api/reports/emergencies/" + late, editor, null).json().get("firstReportOverdue").asBoolean())
			.isTrue();
		var lateFirst = call("POST", "/api/reports/emergencies/" + late + "/reports", clerk2, report("FIRST"));
		assertThat(lateFirst.status()).as(lateFirst.text()).isEqualTo(201);
		assertThat(lateFirst.json().get("reports").get(0).get("late").asBoolean()).isTrue();
		assertThat(lateFirst.json().get("openTasks")).as("the alert is withdrawn").isEmpty();
		assertThat(call("POST", "/api/reports/emergencies/" + late + "/tasks/" + alert + "/complete", editor,
				Map.of("missed", true)).status()).isEqualTo(409);

		var missedAlert = alertOf(editor, missed);
		var recorded = call("POST", "/api/reports/emergencies/" + missed + "/tasks/" + missedAlert + "/complete", editor,
				Map.of("missed", true, "comment", "经媒体报道获知，单位未报"));
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
		assertThat(recorded.json().get("status").asText()).isEqualTo("MISSED");
		assertThat(recorded.json().get("deductions")).singleElement()
			.satisfies(d -> assertThat(d.get("channel").asText()).isEqualTo("MISSED_EMERGENCY"));

		var office = call("GET", "/api/reports/emergencies", editor, null).json();
		assertThat(office).extracting(e -> e.get("id").asLong()).contains(major, late, missed);
		var unit = call("GET", "/api/reports/emergencies", clerk1, null).json();
		assertThat(unit).extracting(e -> e.get("unitCode").asText()).containsOnly("fgw");
		assertThat(row(office, missed).get("missed").asBoolean()).isTrue();
		assertThat(row(office, major).get("concealed").asBoolean()).isTrue();

		// fgw: 迟报 −10, 瞒报 −20; jyj: 迟报 −10, 漏报 −10
		var month = YearMonth.from(today()).toString();
		var ranking = call("GET", "/api/reports/rankings?period=" + month, editor, null).json().get("rows");
		assertThat(points(ranking, "fgw")).isEqualByComparingTo("-30");
		assertThat(points(ranking, "jyj")).isEqualByComparingTo("-20");
		// the rankings page draws the negative totals left of the zero line, their values beside the bars, unclipped
		try (var browser = new org.gongkai.portal.browser.Browser()) {
			browser.signIn(url("/reports/rankings?period=" + month), "editor1");
			browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions
				.presenceOfElementLocated(org.openqa.selenium.By.cssSelector("#ranking-chart g.bar.negative")));
			var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
			var negative = (java.util.Map<?, ?>) js.executeScript("""
					var svg = document.getElementById('ranking-chart'), width = svg.viewBox.baseVal.width;
					var bar = Array.from(svg.querySelectorAll('g.bar.negative')).find(function (g) {
					  return g.querySelector('text.value').textContent === '-30'; });
					var value = bar.querySelector('text.value').getBBox(), rect = bar.querySelector('rect').getBBox(),
					    name = bar.querySelector('text.name').getBBox();
					return { valueLeft: value.x, valueRight: value.x + value.width, barLeft: rect.x, nameRight: name.x + name.width,
					  outside: Array.from(svg.querySelectorAll('text')).filter(function (t) {
					    var b = t.getBBox(); return b.x < 0 || b.x + b.width > width; }).length };""");
			assertThat(((Number) negative.get("outside")).intValue()).as("texts outside the drawing").isZero();
			assertThat(((Number) negative.get("valueRight")).doubleValue()).as("the value left of its bar")
				.isLessThanOrEqualTo(((Number) negative.get("barLeft")).doubleValue());
			assertThat(((Number) negative.get("valueLeft")).doubleValue()).as("and right of the unit's name")
				.isGreaterThan(((Number) negative.get("nameRight")).doubleValue());
		}
		var lines = call("GET", "/api/reports/scores?period=" + month, editor, null).json();
		assertThat(lines).filteredOn(l -> l.get("emergencyEventId").asLong() == major)
			.extracting(l -> l.get("channel").asText())
			.containsExactlyInAnyOrder("LATE_EMERGENCY", "CONCEALED_EMERGENCY");
		assertThat(lines).filteredOn(l -> !l.get("emergencyEventId").isNull())
			.allSatisfy(l -> assertThat(l.get("evidence").asText()).startsWith("紧急信息"));

		// scoping: a unit reads its own score lines, commissions and deductions; the office every unit's
		assertThat(lines).extracting(l -> l.get("unit").asText()).contains("fgw", "jyj");
		var jyjLines = call("GET", "/api/reports/scores?period=" + month, clerk2, null);
		assertThat(jyjLines.status()).isEqualTo(200);
		assertThat(jyjLines.json()).isNotEmpty().extracting(l -> l.get("unit").asText()).containsOnly("jyj");
		assertThat(jyjLines.json()).extracting(l -> l.get("emergencyEventId").asLong()).doesNotContain(major);
		var fgwLines = call("GET", "/api/reports/scores?period=" + month, clerk1, null).json();
		assertThat(fgwLines).isNotEmpty().extracting(l -> l.get("unit").asText()).containsOnly("fgw");
		assertThat(fgwLines).extracting(l -> l.get("emergencyEventId").asLong()).contains(major);
		assertThat(call("POST", "/api/reports/commissions", editor, Map.of("topic", "防汛工作信息", "units",
				java.util.List.of("fgw", "jyj"), "dueAt", OffsetDateTime.now().plusDays(7).toString())).status())
			.isEqualTo(201);
		assertThat(call("GET", "/api/reports/commissions", editor, null).json()).extracting(c -> c.get("unitCode").asText())
			.contains("fgw", "jyj");
		assertThat(call("GET", "/api/reports/commissions", clerk1, null).json()).isNotEmpty()
			.extracting(c -> c.get("unitCode").asText())
			.containsOnly("fgw");
		assertThat(call("GET", "/api/reports/commissions", clerk2, null).json()).isNotEmpty()
			.extracting(c -> c.get("unitCode").asText())
			.containsOnly("jyj");
		assertThat(bulletinText(clerk2, month)).contains("市教育局：紧急信息").doesNotContain("市发展和改革委员会：");
		assertThat(bulletinText(editor, month)).contains("市教育局：紧急信息", "市发展和改革委员会：紧急信息");
		// the ranking itself (each unit's total) is public to every unit
		assertThat(points(call("GET", "/api/reports/rankings?period=" + month, clerk2, null).json().get("rows"), "fgw"))
			.isEqualByComparingTo("-30");
	}

	private String bulletinText(String token, String month) throws Exception {
		var response = HTTP.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(url("/api/reports/rankings/bulletin.docx?period=" + month)))
			.header("Authorization", "Bearer " + token)
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(response.body()));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	/** Waits for the job executor to fire the event's 初报 timer, and answers the office's alert task. */
	private String alertOf(String token, long eventId) throws InterruptedException {
		var deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			for (var task : call("GET", "/api/tasks", token, null).json()) {
				if (String.valueOf(eventId).equals(task.get("caseId").asText())
						&& "Task_ChaseFirstReport".equals(task.get("taskKey").asText())) {
					return task.get("id").asText();
				}
			}
			Thread.sleep(500);
		}
		throw new AssertionError("No 初报 alert for event " + eventId);
	}

	private static JsonNode row(JsonNode list, long id) {
		for (var row : list) {
			if (row.get("id").asLong() == id) {
				return row;
			}
		}
		throw new AssertionError("No event " + id);
	}

	private static java.math.BigDecimal points(JsonNode rows, String unit) {
		for (var row : rows) {
			if (row.get("unitCode").asText().equals(unit)) {
				return row.get("points").decimalValue();
			}
		}
		throw new AssertionError("No unit " + unit);
	}

	private static String ago(int minutes) {
		return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(minutes).toString();
	}

	private static Map<String, Object> event(String severity, OffsetDateTime occurred, String channel) {
		var body = new HashMap<String, Object>(Map.of("name", "城区燃气管道泄漏", "occurredAt", occurred.toString(), "location",
				"建设路与解放路交叉口", "severity", severity, "summary", "燃气管道被施工挖断，周边已疏散，抢修中。", "author", "李明", "phone",
				"13800000000"));
		if (channel != null) {
			body.put("firstReport", Map.of("channel", channel, "deaths", 0, "injured", 0, "missing", 0));
		}
		return body;
	}

	private static Map<String, Object> withUnit(Map<String, Object> body, String unit) {
		var copy = new HashMap<>(body);
		copy.put("unitCode", unit);
		return copy;
	}

	private static Map<String, Object> report(String kind) {
		return Map.of("kind", kind, "channel", "WRITTEN", "content", "泄漏点已封堵，恢复供气。", "deaths", 0, "injured", 0,
				"missing", 0);
	}
}
