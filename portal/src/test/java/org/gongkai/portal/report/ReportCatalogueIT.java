package org.gongkai.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On real servers: the office sends an adopted 政务信息 item into proactive disclosure; the catalogue
 * item passes 保密审查 and the department head's approval, becomes public and is found in
 * Elasticsearch, and the item and the catalogue entry point at each other. Administrators add
 * versions of scoring rules and quotas and move units between classes, with field problems on bad input.
 */
class ReportCatalogueIT extends ReportPortalIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_report_catalogue", registry);
	}

	@Test
	void adoptedItemIsSentThroughSecrecyReviewIntoThePublicCatalogue() throws Exception {
		var clerk = RealServers.token("clerk1");
		var head = RealServers.token("head1");
		var editor = RealServers.token("editor1");
		var filed = call("POST", "/api/reports", clerk, Map.of("title", "我市智慧停车平台上线运行", "body",
				"全市智慧停车平台本月上线，接入泊位三万余个。", "author", "王芳", "phone", "0571-87001234", "urgency", "ROUTINE"));
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		complete(clerk, task(clerk, id, "Task_DraftReport"), Map.of());
		complete(head, task(head, id, "Task_UnitReview"), Map.of("approved", true));

		var form = Map.of("title", "全市智慧停车平台上线运行", "body", "全市智慧停车平台本月上线，接入公共泊位三万余个，市民可在线查询空余泊位。",
				"departmentCode", "fgw", "columnCode", "other-doc");
		var early = call("POST", "/api/reports/" + id + "/catalogue-item", editor, form);
		assertThat(early.status()).as("not adopted yet: " + early.text()).isEqualTo(409);

		complete(editor, task(editor, id, "Task_EditReport"), Map.of("decision", "ADOPT", "publication", "DAILY"));
		assertThat(call("POST", "/api/reports/" + id + "/catalogue-item", clerk, form).status()).as("editors only")
			.isEqualTo(403);
		var badColumn = new HashMap<String, Object>(form);
		badColumn.put("columnCode", "no-such-column");
		var bad = call("POST", "/api/reports/" + id + "/catalogue-item", editor, badColumn);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").has("columnCode")).as(bad.text()).isTrue();
		var missing = call("POST", "/api/reports/" + id + "/catalogue-item", editor, Map.of("title", "x"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").has("departmentCode")).as(missing.text()).isTrue();

		var sent = call("POST", "/api/reports/" + id + "/catalogue-item", editor, form);
		assertThat(sent.status()).as(sent.text()).isEqualTo(201);
		var catalogued = sent.json().get("catalogueItem");
		long itemId = catalogued.get("id").asLong();
		assertThat(catalogued.get("status").asText()).as("submitted at once").isEqualTo("IN_REVIEW");
		assertThat(catalogued.get("departmentCode").asText()).isEqualTo("fgw");
		var again = call("POST", "/api/reports/" + id + "/catalogue-item", editor, form);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("itemId").asLong()).isEqualTo(itemId);

		var item = call("GET", "/api/catalogue/items/" + itemId, editor, null).json();
		assertThat(item.get("title").asText()).isEqualTo("全市智慧停车平台上线运行");
		assertThat(item.get("issuer").asText()).isEqualTo("市发展和改革委员会");
		assertThat(item.get("columnCode").asText()).isEqualTo("other-doc");
		assertThat(catalogueTask(head, itemId, "Task_DepartmentHeadApproval")).as("保密审查 comes first").isNull();
		completeCatalogue(RealServers.token("secrecy1"), itemId, "Task_SecrecyReview", Map.of("approved", true));
		assertThat(search("智慧停车").text()).as("not public before the head approves").doesNotContain("\"id\":" + itemId);
		completeCatalogue(head, itemId, "Task_DepartmentHeadApproval", Map.of("approved", true));

		var found = eventually(() -> search("智慧停车"), r -> hit(r, itemId) != null);
		assertThat(hit(found, itemId)).as(found.text()).isNotNull();
		var report = call("GET", "/api/reports/" + id, editor, null).json();
		assertThat(report.get("catalogueItem").get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(report.get("catalogueItem").get("indexNo").asText()).isNotBlank();
		assertThat(report.get("events").toString()).contains("SENT_TO_CATALOGUE");
		assertThat(call("GET", "/api/catalogue/items/" + itemId, RealServers.token("applicant1"), null).json().get("status").asText())
			.as("public to anyone").isEqualTo("PUBLISHED");
	}

	@Test
	void administratorsAddRuleAndQuotaVersionsAndClassifyUnits() {
		var admin = RealServers.token("admin");
		var editor = RealServers.token("editor1");
		var before = call("GET", "/api/reports/scoring-rules", editor, null).json().size();

		var noPoints = call("POST", "/api/reports/scoring-rules", admin,
				Map.of("kind", "ADOPTED", "level", "CITY", "effectiveFrom", "2027-01-01", "description", "市级刊物采用"));
		assertThat(noPoints.status()).isEqualTo(400);
		assertThat(noPoints.json().get("type").asText()).endsWith("/invalid-input");
		assertThat(noPoints.json().get("errors").has("points")).as(noPoints.text()).isTrue();
		var badKind = call("POST", "/api/reports/scoring-rules", admin, Map.of("kind", "PRAISED", "level", "CITY",
				"points", 1, "effectiveFrom", "2027-01-01", "description", "表扬"));
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.json().get("errors").has("kind")).as(badKind.text()).isTrue();

		var rule = Map.of("kind", "ADOPTED", "level", "CITY", "channel", "*", "points", 4, "effectiveFrom", "2027-01-01",
				"description", "市级刊物采用，每条（2027年起）");
		assertThat(call("POST", "/api/reports/scoring-rules", admin, rule).status()).isEqualTo(201);
		var duplicate = call("POST", "/api/reports/scoring-rules", admin, rule);
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.json().get("errors").has("effectiveFrom")).as(duplicate.text()).isTrue();
		var rules = call("GET", "/api/reports/scoring-rules", editor, null).json();
		assertThat(rules.size()).isEqualTo(before + 1);
		assertThat(rules.toString()).as("the 2026 version stays as it was").contains("\"points\":3.0,")
			.contains("市级刊物采用，每条（2027年起）");

		assertThat(call("POST", "/api/reports/quotas", editor, Map.of("unitClass", 1, "effectiveFrom", "2027-01-01",
				"monthlyItems", 8)).status()).isEqualTo(403);
		var badQuota = call("POST", "/api/reports/quotas", admin,
				Map.of("unitClass", 5, "effectiveFrom", "2027-01-01", "monthlyItems", -1));
		assertThat(badQuota.status()).isEqualTo(400);
		assertThat(badQuota.json().get("errors").has("unitClass")).isTrue();
		assertThat(badQuota.json().get("errors").has("monthlyItems")).isTrue();
		assertThat(call("POST", "/api/reports/quotas", admin,
				Map.of("unitClass", 1, "effectiveFrom", "2027-01-01", "monthlyItems", 8)).status()).isEqualTo(201);
		var duplicateQuota = call("POST", "/api/reports/quotas", admin,
				Map.of("unitClass", 1, "effectiveFrom", "2027-01-01", "monthlyItems", 9));
		assertThat(duplicateQuota.status()).isEqualTo(400);
		assertThat(duplicateQuota.json().get("errors").has("effectiveFrom")).isTrue();
		var quotas = call("GET", "/api/reports/quotas", editor, null).json();
		assertThat(quotas.toString()).contains("\"unitClass\":1,\"effectiveFrom\":\"2026-01-01\",\"monthlyItems\":6")
			.contains("\"unitClass\":1,\"effectiveFrom\":\"2027-01-01\",\"monthlyItems\":8");

		assertThat(call("PUT", "/api/reports/units/jyj/class", admin, Map.of("unitClass", 1)).status()).isEqualTo(204);
		var classes = call("GET", "/api/reports/units/classes", editor, null).json();
		JsonNode jyj = null;
		for (var unit : classes) {
			if ("jyj".equals(unit.get("unitCode").asText())) {
				jyj = unit;
			}
		}
		assertThat(jyj).as(classes.toString()).isNotNull();
		assertThat(jyj.get("unitClass").asInt()).isEqualTo(1);
		assertThat(jyj.get("own").asBoolean()).isTrue();
	}

	private void complete(String token, String taskId, Map<String, Object> decision) {
		var response = call("POST", "/api/reports/tasks/" + taskId + "/complete", token, new HashMap<>(decision));
		assertThat(response.status()).as(response.text()).isEqualTo(204);
	}

	private void completeCatalogue(String token, long itemId, String taskKey, Map<String, Object> variables) {
		var taskId = catalogueTask(token, itemId, taskKey);
		assertThat(taskId).as(taskKey + " of item " + itemId).isNotNull();
		var response = call("POST", "/api/tasks/" + taskId + "/complete", token, variables);
		assertThat(response.status()).as(taskKey + ": " + response.text()).isEqualTo(204);
	}

	private String catalogueTask(String token, long itemId, String taskKey) {
		for (var task : call("GET", "/api/tasks", token, null).json()) {
			if (String.valueOf(itemId).equals(task.path("caseId").asText()) && taskKey.equals(task.path("taskKey").asText())
					&& task.get("processKey").asText().startsWith("Catalogue")) {
				return task.get("id").asText();
			}
		}
		return null;
	}

	private Response search(String text) {
		return call("GET", "/api/catalogue/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), RealServers.token("applicant1"), null);
	}

	private static JsonNode hit(Response response, long id) {
		if (response.json() == null || response.json().get("hits") == null) {
			return null;
		}
		for (var hit : response.json().get("hits")) {
			if (String.valueOf(id).equals(hit.get("id").asText())) {
				return hit;
			}
		}
		return null;
	}

	/** Indexing happens after commit, through the outbox. */
	private Response eventually(Supplier<Response> call, Predicate<Response> done) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		var last = call.get();
		while (!done.test(last) && System.nanoTime() < deadline) {
			Thread.sleep(250);
			last = call.get();
		}
		return last;
	}
}
