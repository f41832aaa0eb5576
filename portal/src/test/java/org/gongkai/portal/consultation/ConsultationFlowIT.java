package org.gongkai.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.ItemStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 意见征集 end to end through the API with real Keycloak tokens on MariaDB: the department drafts a major
 * decision (a short period refused), uploads the draft (a file that is no PDF refused) and submits it; the three
 * reviews approve; the job executor opens it; citizens comment and the office moderates; the closing timer
 * fires; the department groups the comments, the reviews approve and the feedback is published.
 */
class ConsultationFlowIT extends PortalIT {

	static final String KEY = "PublicConsultationProcess";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_consultation", registry);
	}

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	CatalogueItems items;

	@Test
	void aConsultationIsDraftedReviewedOpenedCommentedClosedAndAnswered() throws Exception {
		var clerk = RealServers.token("clerk1");
		var head = RealServers.token("head1");
		var secrecy = RealServers.token("secrecy1");
		var editor = RealServers.token("editor1");
		var citizen = RealServers.token("applicant1");
		var other = RealServers.token("applicant2");
		var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		var shortPeriod = post("/api/consultations", clerk, draft(today, today.plusDays(20)));
		assertThat(shortPeriod.status()).as(shortPeriod.text()).isEqualTo(400);
		assertThat(shortPeriod.json().get("errors").has("closesOn")).as(shortPeriod.text()).isTrue();
		assertThat(post("/api/consultations", citizen, draft(today, today.plusDays(29))).status()).isEqualTo(403);

		var drafted = post("/api/consultations", clerk, draft(today, today.plusDays(29)));
		assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
		long id = drafted.json().get("id").asLong();
		assertThat(drafted.json().get("status").asText()).isEqualTo("DRAFT");
		assertThat(drafted.json().get("department").asText()).isEqualTo("fgw");
		assertThat(get("/api/consultations/" + id, null).status()).as("a draft is not public").isEqualTo(404);

		var early = post("/api/consultations/" + id + "/submit", clerk, null);
		assertThat(early.status()).as("no draft document yet").isEqualTo(400);
		var notPdf = upload(id, clerk, "DRAFT", "draft.pdf", "just text".getBytes(StandardCharsets.UTF_8));
		assertThat(notPdf.status()).as(notPdf.text()).isEqualTo(400);
		var uploaded = upload(id, clerk, "DRAFT", "征求意见稿.pdf", "%PDF-1.4 draft".getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
		assertThat(uploaded.json().get("attachments").get(0).get("contentType").asText()).isEqualTo("application/pdf");
		assertThat(upload(id, RealServers.token("clerk2"), "EXPLANATION", "x.pdf", "%PDF-1.4".getBytes()).status())
			.as("another department").isIn(403, 404);

		var submitted = post("/api/consultations/" + id + "/submit", clerk, null);
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
		assertThat(submitted.json().get("status").asText()).isEqualTo("IN_REVIEW");
		completeOpenTask(head, KEY, id, "Task_ConsultationDeptReview", Map.of("approved", false, "comment", "期限请延长一日"));
		var revised = send(request("/api/consultations/" + id, clerk).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(draft(today, today.plusDays(30))))));
		assertThat(revised.status()).as(revised.text()).isEqualTo(200);
		assertThat(revised.json().get("periodDays").asLong()).isEqualTo(31);
		completeOpenTask(clerk, KEY, id, "Task_ConsultationRevise", Map.of());
		var inReview = send(request("/api/consultations/" + id, clerk).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(draft(today, today.plusDays(29))))));
		assertThat(inReview.status()).as("in review again: " + inReview.text()).isEqualTo(409);
		completeOpenTask(head, KEY, id, "Task_ConsultationDeptReview", Map.of("approved", true));
		completeOpenTask(secrecy, KEY, id, "Task_ConsultationSecrecyReview", Map.of("approved", true));
		completeOpenTask(editor, KEY, id, "Task_ConsultationOfficeReview", Map.of("approved", true));

		var open = eventually(Duration.ofSeconds(60), () -> get("/api/consultations/" + id, null),
				r -> r.status() == 200 && "OPEN".equals(r.json().get("status").asText()));
		assertThat(open.status()).as("the job executor opens it on its first day: " + open.text()).isEqualTo(200);
		assertThat(open.json().get("status").asText()).isEqualTo("OPEN");
		assertThat(get("/api/consultations?status=OPEN", null).json()).anyMatch(c -> c.get("id").asLong() == id);
		var page = get("/consultations/" + id, null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("关于优化营商环境若干措施（征求意见稿）", "sign-in-to-comment");

		assertThat(post("/api/consultations/" + id + "/comments", null, Map.of("text", "匿名")).status()).isEqualTo(401);
		assertThat(post("/api/consultations/" + id + "/comments", clerk, Map.of("text", "内部")).status()).isEqualTo(403);
		assertThat(post("/api/consultations/" + id + "/comments", citizen, Map.of("questionNo", 9, "text", "x")).status())
			.isEqualTo(400);
		var first = post("/api/consultations/" + id + "/comments", citizen, Map.of("questionNo", 1, "text", "建议延长过渡期至六个月。"));
		assertThat(first.status()).as(first.text()).isEqualTo(202);
		assertThat(first.json().get("status").asText()).isEqualTo("PENDING");
		long accepted = first.json().get("id").asLong();
		assertThat(get("/api/consultations/" + id + "/comments", null).json()).as("not shown before moderation").isEmpty();
		completeOpenTask(editor, KEY, id, "Task_ModerateComment", Map.of("accepted", true));

		var second = post("/api/consultations/" + id + "/comments", other, Map.of("text", "某某人的电话是13800000000"));
		assertThat(second.status()).isEqualTo(202);
		var noReason = completeOpenTaskResponse(clerk, KEY, id, "Task_ModerateComment", Map.of("accepted", false));
		assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
		completeOpenTask(clerk, KEY, id, "Task_ModerateComment", Map.of("accepted", false, "rejectReason", "PERSONAL_DATA"));

		var shown = get("/api/consultations/" + id + "/comments", null);
		assertThat(shown.json()).singleElement().satisfies(c -> {
			assertThat(c.get("id").asLong()).isEqualTo(accepted);
			assertThat(c.get("questionNo").asInt()).isEqualTo(1);
		});
		assertThat(get("/api/consultations/" + id + "/my-comments", other).json()).singleElement().satisfies(c -> {
			assertThat(c.get("status").asText()).isEqualTo("REJECTED");
			assertThat(c.get("rejectReason").asText()).isEqualTo("PERSONAL_DATA");
		});
		assertThat(get("/api/consultations/" + id, null).json().get("acceptedComments").asLong()).isEqualTo(1);

		// the closing timer, due after the last day, fired now
		var instance = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
			.processInstanceBusinessKey(String.valueOf(id)).activityIdIn("TimerEvent_Closes").singleResult();
		management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
		assertThat(get("/api/consultations/" + id, null).json().get("status").asText()).isEqualTo("CLOSED");
		var late = post("/api/consultations/" + id + "/comments", citizen, Map.of("text", "晚了"));
		assertThat(late.status()).as(late.text()).isEqualTo(409);

		var ungrouped = completeOpenTaskResponse(clerk, KEY, id, "Task_ConsultationFeedback", Map.of());
		assertThat(ungrouped.status()).as(ungrouped.text()).isEqualTo(400);
		var foreign = put("/api/consultations/" + id + "/feedback", clerk, Map.of("groups",
				List.of(Map.of("summary", "x", "outcome", "ADOPTED", "reason", "y", "commentIds", List.of(second.json().get("id").asLong())))));
		assertThat(foreign.status()).as("a rejected comment cannot be grouped").isEqualTo(400);
		var saved = put("/api/consultations/" + id + "/feedback", clerk, Map.of("summary", "感谢各方提出的意见。", "groups",
				List.of(Map.of("summary", "延长过渡期", "outcome", "PARTLY_ADOPTED", "reason", "过渡期延长至三个月", "commentIds",
						List.of(accepted)))));
		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
		completeOpenTask(clerk, KEY, id, "Task_ConsultationFeedback", Map.of());
		completeOpenTask(head, KEY, id, "Task_ConsultationFeedbackDeptReview", Map.of("approved", true));
		completeOpenTask(editor, KEY, id, "Task_ConsultationFeedbackOfficeReview", Map.of("approved", true));

		var concluded = get("/api/consultations/" + id, null);
		assertThat(concluded.json().get("status").asText()).isEqualTo("CONCLUDED");
		var feedback = get("/api/consultations/" + id + "/feedback", null);
		assertThat(feedback.status()).as(feedback.text()).isEqualTo(200);
		assertThat(feedback.json().get("partlyAdopted").asLong()).isEqualTo(1);
		assertThat(feedback.json().get("feedbackItemId").isNull()).as("published in the catalogue").isFalse();
		assertThat(get("/catalogue/items/" + feedback.json().get("feedbackItemId").asLong(), null).text())
			.as("the 意见采纳情况反馈 is a public catalogue item").contains("征求意见采纳情况的反馈");
		assertThat(feedback.json().get("groups").get(0).get("commentIds").get(0).asLong()).isEqualTo(accepted);
		assertThat(get("/consultations/" + id, null).text()).contains("feedback-groups", "延长过渡期");

		// the final document, published in the catalogue, links to the consultation and back
		var finalItem = items.findAll().stream().filter(i -> i.getStatus() == ItemStatus.PUBLISHED && i.getIndexNo() != null)
			.findFirst().orElseThrow();
		assertThat(post("/api/consultations/" + id + "/final-document", clerk, Map.of("indexNo", "no-such-number")).status())
			.isEqualTo(400);
		var linked = post("/api/consultations/" + id + "/final-document", clerk, Map.of("indexNo", finalItem.getIndexNo()));
		assertThat(linked.status()).as(linked.text()).isEqualTo(200);
		assertThat(linked.json().get("feedback").get("finalItemId").asLong()).isEqualTo(finalItem.getId());
		assertThat(get("/catalogue/items/" + finalItem.getId(), null).text()).contains("consultation-link",
				"/consultations/" + id);
		assertThat(get("/consultations/" + id, null).text()).contains("final-item");

		// the statistics carry the agency's consultations, comments and adoption
		var series = get("/api/statistics?year=" + today.getYear(), editor);
		assertThat(series.status()).as(series.text()).isEqualTo(200);
		var byAgency = java.util.stream.StreamSupport.stream(series.json().spliterator(), false)
			.filter(s -> "consultations-by-agency".equals(s.get("key").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(byAgency.get("rows").toString()).contains("发展");
		assertThat(get("/api/statistics/consultations-by-agency.csv?year=" + today.getYear(), editor).status()).isEqualTo(200);
		// and the annual report's editor offers them to quote in 一、总体情况
		var annual = org.gongkai.portal.PageSession.signIn(url(""), "editor1", "/workbench")
			.get("/workbench/annual-reports/" + today.getYear() + "/fgw");
		assertThat(annual.statusCode()).isEqualTo(200);
		assertThat(annual.body()).contains("id=\"quotable\"", today.getYear() + "年开展意见征集");

		var unknown = get("/api/consultations/99999999", null);
		assertThat(unknown.status()).isEqualTo(404);
	}

	private static Map<String, Object> draft(LocalDate opensOn, LocalDate closesOn) {
		return Map.of("title", "关于优化营商环境若干措施（征求意见稿）", "summary", "为进一步优化营商环境，起草了本措施。", "kind",
				"MAJOR_DECISION", "questions", List.of("过渡期是否合适？", "还有哪些措施？"), "opensOn", opensOn.toString(),
				"closesOn", closesOn.toString());
	}

	private Response put(String path, String token, Object body) throws Exception {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
	}

	private Response upload(long id, String token, String role, String fileName, byte[] content) throws Exception {
		var boundary = "----consultation" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request("/api/consultations/" + id + "/attachments?role=" + role, token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}
}
