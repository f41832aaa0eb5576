package org.gongkai.portal.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.workflow.proposal.DeputyProposalProcess;
import org.junit.jupiter.api.Test;

/**
 * 建议提案办理 through the API with real Keycloak tokens on MariaDB: the office registers a case for fgw
 * with jyj assisting, jyj sends its opinion, fgw's reply is refused until it records its 面商, the head
 * reviews, the leader signs off, the office records the deputy's satisfaction and the secrecy reviewer
 * approves publication; the public then reads the reply and the year's table. A second case is rated
 * 不满意 and goes back to fgw with a new due date.
 */
class DeputyProposalFlowIT extends PortalIT {

	private static final String KEY = DeputyProposalProcess.KEY;

	@Test
	void registeredAssistedConsultedRepliedSignedOffRatedAndPublished() throws Exception {
		var editor = RealServers.token("editor1");
		var clerk1 = RealServers.token("clerk1");
		var clerk2 = RealServers.token("clerk2");
		var head1 = RealServers.token("head1");
		var leader = RealServers.token("leader1");
		var secrecy = RealServers.token("secrecy1");

		assertThat(post("/api/proposals", null, registration("fgw", "jyj")).status()).isIn(401, 403);
		assertThat(post("/api/proposals", clerk1, registration("fgw", "jyj")).status()).isEqualTo(403);
		var invalid = post("/api/proposals", editor, Map.of("kind", "SUGGESTION", "subject", " "));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("type").asText()).endsWith("/invalid-input");
		assertThat(invalid.json().get("errors").has("leadUnits")).as(invalid.text()).isTrue();
		var unknown = post("/api/proposals", editor, registration("nowhere", null));
		assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);

		var registered = post("/api/proposals", editor, registration("fgw", "jyj"));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		long id = registered.json().get("id").asLong();
		assertThat(registered.json().get("status").asText()).isEqualTo("AWAITING_OPINIONS");
		assertThat(LocalDate.parse(registered.json().get("dueOn").asText()))
			.isEqualTo(LocalDate.parse(registered.json().get("assignedOn").asText()).plusMonths(3));
		assertThat(get("/api/proposals/" + id, null).status()).as("not published yet").isEqualTo(404);
		assertThat(get("/api/proposals/" + id, clerk2).json().get("subject").asText()).isEqualTo("关于推进老旧小区加装电梯的建议");

		complete(clerk2, id, DeputyProposalProcess.TASK_ASSIST_OPINION, Map.of("opinion", "建议统筹老旧小区改造资金。"));

		var noConsultation = completeResponse(clerk1, id, DeputyProposalProcess.TASK_REPLY, reply("A"));
		assertThat(noConsultation.status()).as(noConsultation.text()).isEqualTo(400);
		assertThat(noConsultation.json().get("field").asText()).isEqualTo("consultation");
		var missingClass = completeResponse(clerk1, id, DeputyProposalProcess.TASK_REPLY, Map.of("replyText", "答复"));
		assertThat(missingClass.status()).isEqualTo(400);

		assertThat(post("/api/proposals/" + id + "/consultations", clerk2, consultation()).status())
			.as("an assisting unit records no 面商").isEqualTo(403);
		var badConsultation = post("/api/proposals/" + id + "/consultations", clerk1, Map.of("channel", "TELEPATHY"));
		assertThat(badConsultation.status()).isEqualTo(400);
		var consulted = post("/api/proposals/" + id + "/consultations", clerk1, consultation());
		assertThat(consulted.status()).as(consulted.text()).isEqualTo(201);
		assertThat(consulted.json().get("consultations")).hasSize(1);

		complete(clerk1, id, DeputyProposalProcess.TASK_REPLY, reply("A"));
		complete(head1, id, DeputyProposalProcess.TASK_REVIEW, Map.of("approved", false, "comment", "请补充资金来源"));
		complete(clerk1, id, DeputyProposalProcess.TASK_REPLY, reply("A"));
		complete(head1, id, DeputyProposalProcess.TASK_REVIEW, Map.of("approved", true));
		complete(leader, id, DeputyProposalProcess.TASK_SIGN_OFF, Map.of("approved", true, "comment", "同意"));
		var sent = get("/api/proposals/" + id, editor).json();
		assertThat(sent.get("status").asText()).isEqualTo("SENT");
		assertThat(sent.get("repliedOnTime").asBoolean()).isTrue();

		complete(editor, id, DeputyProposalProcess.TASK_RECORD_SATISFACTION, Map.of("satisfaction", "SATISFIED"));
		complete(secrecy, id, DeputyProposalProcess.TASK_SECRECY_REVIEW, Map.of("approved", true));

		var published = get("/api/proposals/" + id, null);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("replyClass").asText()).isEqualTo("A");
		assertThat(published.json().has("consultations")).as("the public sees no internal records").isFalse();
		assertThat(ids(get("/api/proposals?kind=SUGGESTION", null).json())).contains(id);
		assertThat(ids(get("/api/proposals?kind=PROPOSAL", null).json())).doesNotContain(id);
		assertThat(get("/api/proposals?year=99999", null).status()).isEqualTo(400);
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		var table = get("/api/proposals/summary?year=" + year, null);
		assertThat(table.status()).isEqualTo(200);
		var fgw = line(table.json(), "SUGGESTION", "fgw");
		assertThat(fgw.get("answered").asLong()).isPositive();
		assertThat(fgw.get("classA").asLong()).isPositive();
		assertThat(fgw.get("satisfied").asLong()).isPositive();
		assertThat(get("/proposals/" + id, null).text()).contains("关于推进老旧小区加装电梯的建议");
		assertThat(get("/proposals", null).text()).contains("/proposals/" + id);
		assertThat(get("/proposals/summary?year=" + year, null).status()).isEqualTo(200);
		var events = get("/api/proposals/" + id, editor).json().get("events");
		assertThat(events.get(events.size() - 2).get("type").asText()).isEqualTo("PUBLISHED");
		var inCatalogue = events.get(events.size() - 1);
		assertThat(inCatalogue.get("type").asText()).as("published in the catalogue column 建议提案办理")
			.isEqualTo("CATALOGUE_PUBLISHED");
		var item = get("/catalogue/items/" + inCatalogue.get("note").asText(), null);
		assertThat(item.status()).as("the catalogue's public item: " + item.text()).isEqualTo(200);
	}

	@Test
	void dissatisfiedSendsTheCaseBackForRework() throws Exception {
		var editor = RealServers.token("editor1");
		var clerk1 = RealServers.token("clerk1");
		var head1 = RealServers.token("head1");
		var officeHead = RealServers.token("officehead1");
		var registered = post("/api/proposals", editor, registration("fgw", null));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		long id = registered.json().get("id").asLong();
		assertThat(registered.json().get("status").asText()).isEqualTo("HANDLING");
		assertThat(post("/api/proposals/" + id + "/consultations", clerk1, consultation()).status()).isEqualTo(201);
		complete(clerk1, id, DeputyProposalProcess.TASK_REPLY, reply("C"));
		complete(head1, id, DeputyProposalProcess.TASK_REVIEW, Map.of("approved", true));
		complete(officeHead, id, DeputyProposalProcess.TASK_SIGN_OFF, Map.of("approved", true));
		var noChoice = completeResponse(editor, id, DeputyProposalProcess.TASK_RECORD_SATISFACTION, Map.of());
		assertThat(noChoice.status()).isEqualTo(400);
		complete(editor, id, DeputyProposalProcess.TASK_RECORD_SATISFACTION,
				Map.of("satisfaction", "DISSATISFIED", "comment", "希望尽快解决"));
		var rework = get("/api/proposals/" + id, editor).json();
		assertThat(rework.get("status").asText()).isEqualTo("REWORK");
		assertThat(rework.get("reworkCount").asInt()).isEqualTo(1);
		assertThat(LocalDate.parse(rework.get("dueOn").asText()))
			.isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1));
		assertThat(openTask(clerk1, id, DeputyProposalProcess.TASK_REPLY)).isNotNull();
	}

	@Test
	void theApiDescriptionShowsTheEndpointsAndTheTaskCommands() {
		var docs = send(request("/v3/api-docs", null).timeout(java.time.Duration.ofMinutes(3)).GET());
		assertThat(docs.status()).isEqualTo(200);
		var paths = docs.json().path("paths");
		for (var path : new String[] { "/api/proposals", "/api/proposals/{id}", "/api/proposals/summary",
				"/api/proposals/{id}/consultations" }) {
			assertThat(paths.has(path)).as(path + " in " + paths.fieldNames()).isTrue();
		}
		var schemas = docs.json().path("components").path("schemas");
		for (var name : new String[] { "ProposalRegistration", "ProposalAssistOpinion", "ProposalReply",
				"ProposalSatisfaction" }) {
			assertThat(schemas.has(name)).as(name + " in " + schemas.fieldNames()).isTrue();
		}
		assertThat(schemas.path("ProposalReply").toString()).contains("\"replyClass\"", "\"publishable\"");
	}

	private Map<String, Object> registration(String lead, String assist) {
		var body = new HashMap<String, Object>();
		body.put("kind", "SUGGESTION");
		body.put("number", "第" + System.nanoTime() % 100000000 + "号");
		body.put("sessionName", "十六届人大五次会议");
		body.put("submitters", "张伟、李娜");
		body.put("subject", "关于推进老旧小区加装电梯的建议");
		body.put("text", "建议加大财政补贴，简化审批流程。");
		body.put("leadUnits", List.of(lead));
		body.put("assistUnits", assist == null ? List.of() : List.of(assist));
		return body;
	}

	private static Map<String, Object> reply(String replyClass) {
		return Map.of("replyClass", replyClass, "replyText", "已将加装电梯纳入年度民生实事，完成 12 部。", "publishable", true);
	}

	private static Map<String, Object> consultation() {
		return Map.of("heldOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "channel", "MEETING",
				"participants", "张伟代表、发改委王科长", "note", "当面沟通办理思路");
	}

	private void complete(String token, long id, String taskKey, Map<String, Object> body) {
		var response = completeResponse(token, id, taskKey, body);
		assertThat(response.status()).as(taskKey + ": " + response.text()).isEqualTo(204);
	}

	private Response completeResponse(String token, long id, String taskKey, Map<String, Object> body) {
		var task = openTask(token, id, taskKey);
		assertThat(task).as("task %s of case %s", taskKey, id).isNotNull();
		return post("/api/tasks/" + task + "/complete", token, body);
	}

	private String openTask(String token, long id, String taskKey) {
		for (var task : get("/api/tasks?step=" + taskKey, token).json()) {
			if (String.valueOf(id).equals(task.get("caseId").asText()) && KEY.equals(task.get("processKey").asText())) {
				return task.get("id").asText();
			}
		}
		return null;
	}

	private static List<Long> ids(JsonNode list) {
		var ids = new java.util.ArrayList<Long>();
		list.forEach(node -> ids.add(node.get("id").asLong()));
		return ids;
	}

	private static JsonNode line(JsonNode table, String kind, String unit) {
		for (var line : table) {
			if (kind.equals(line.get("kind").asText()) && unit.equals(line.get("unitCode").asText())) {
				return line;
			}
		}
		throw new AssertionError("no line " + kind + " " + unit + " in " + table);
	}
}
