package org.gongkai.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.notification.MailOutbox;
import org.gongkai.workflow.letter.PublicLetterProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 政民互动 through the API with real Keycloak tokens on MariaDB: a citizen writes, the office forwards, the
 * department replies and its head approves, the office publishes the redacted letter with the name masked,
 * the public finds it by keyword and agency, the writer rates once (a second rating is 409), the writer is
 * mailed at each step; a poor rating opens the 整改 and the 回访.
 */
class PublicLetterFlowIT extends PortalIT {

	static final String KEY = PublicLetterProcess.KEY;

	@Autowired
	MailOutbox outbox;

	@Test
	void writtenForwardedRepliedPublishedAndRatedOnce() {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var clerk = RealServers.token("clerk1");
		var head = RealServers.token("head1");
		var keyword = "路灯" + UUID.randomUUID().toString().substring(0, 6);
		var email = "letter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		assertThat(post("/api/letters", null, letter(keyword, email)).status()).isEqualTo(401);
		assertThat(post("/api/letters", clerk, letter(keyword, email)).status()).isEqualTo(403);
		var invalid = new HashMap<String, Object>(letter(keyword, email));
		invalid.put("subject", " ");
		invalid.put("mailbox", null);
		var refused = post("/api/letters", applicant, invalid);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").has("subject")).as(refused.text()).isTrue();
		assertThat(refused.json().get("errors").has("mailbox")).as(refused.text()).isTrue();
		var unknown = new HashMap<String, Object>(letter(keyword, email));
		unknown.put("addresseeCode", "no-such-agency");
		assertThat(post("/api/letters", applicant, unknown).status()).isEqualTo(400);

		var written = post("/api/letters", applicant, letter(keyword, email));
		assertThat(written.status()).as(written.text()).isEqualTo(201);
		long id = written.json().get("id").asLong();
		assertThat(written.json().get("letterNo").asText()).matches("\\d{4}-\\d{6}");
		assertThat(written.json().get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(get("/api/letters/" + id, null).status()).as("not published").isEqualTo(404);
		assertThat(get("/api/me/letters/" + id, RealServers.token("applicant2")).status()).isEqualTo(404);
		assertThat(get("/api/me/letters", applicant).json().findValuesAsText("letterNo"))
			.contains(written.json().get("letterNo").asText());

		completeOpenTask(editor, KEY, id, PublicLetterProcess.TASK_REGISTER,
				Map.of("decision", "FORWARD", "departmentCode", "fgw"));
		assertThat(get("/api/me/letters/" + id, applicant).json().get("status").asText()).isEqualTo("FORWARDED");
		var notYet = post("/api/letters/" + id + "/rating", applicant, Map.of("rating", "SATISFIED"));
		assertThat(notYet.status()).as("before the reply").isEqualTo(409);

		completeOpenTask(clerk, KEY, id, PublicLetterProcess.TASK_REPLY,
				Map.of("decision", "REPLY", "replyText", "已安排维修，本周内修复。联系人王小明13800000000。"));
		completeOpenTask(head, KEY, id, PublicLetterProcess.TASK_REPLY_REVIEW, Map.of("approved", true));
		var mine = get("/api/me/letters/" + id, applicant).json();
		assertThat(mine.get("status").asText()).isEqualTo("REPLIED");
		assertThat(mine.get("reply").asText()).startsWith("已安排维修");
		assertThat(mine.get("mayRate").asBoolean()).isTrue();

		completeOpenTask(editor, KEY, id, PublicLetterProcess.TASK_PUBLICATION_REVIEW,
				Map.of("publicWriterName", "王**", "publicSubject", keyword + "不亮", "publicText", "某路段路灯不亮。",
						"publicReply", "已安排维修，本周内修复。"));
		var published = get("/api/letters/" + id, null);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("writer").asText()).isEqualTo("王**");
		assertThat(published.json().get("reply").asText()).doesNotContain("13800000000");
		assertThat(published.text()).doesNotContain("王小明").doesNotContain(email);
		var found = get("/api/letters?q=" + encode(keyword) + "&agency=bgs", null);
		assertThat(found.json().get("letters").findValuesAsText("letterNo"))
			.containsExactly(written.json().get("letterNo").asText());
		assertThat(get("/api/letters?q=" + encode(keyword) + "&agency=fgw", null).json().get("total").asLong()).isZero();

		assertThat(post("/api/letters/" + id + "/rating", RealServers.token("applicant2"), Map.of("rating", "SATISFIED"))
			.status()).as("not the writer").isEqualTo(404);
		assertThat(post("/api/letters/" + id + "/rating", applicant, Map.of("rating", "GREAT")).status()).isEqualTo(400);
		var rated = post("/api/letters/" + id + "/rating", applicant, Map.of("rating", "SATISFIED", "comment", "很快"));
		assertThat(rated.status()).as(rated.text()).isEqualTo(201);
		assertThat(rated.json().get("rating").asText()).isEqualTo("SATISFIED");
		var again = post("/api/letters/" + id + "/rating", applicant, Map.of("rating", "VERY_DISSATISFIED"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).contains("application/problem+json");
		assertThat(again.json().get("type").asText()).endsWith("/letter-already-rated");

		var mails = outbox.findAll().stream().filter(m -> email.equals(m.getRecipient())).toList();
		assertThat(mails).extracting(m -> m.getEventType()).containsExactly("LETTER_FORWARDED", "LETTER_REPLIED");
		assertThat(mails.get(1).getBodyText()).contains("已安排维修");
	}

	@Test
	void poorRatingOpensRectificationForTheDepartmentAndCallbackForTheOffice() {
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		var clerk = RealServers.token("clerk1");
		var written = post("/api/letters", applicant, letter("公交站台" + UUID.randomUUID().toString().substring(0, 6), null));
		long id = written.json().get("id").asLong();
		completeOpenTask(editor, KEY, id, PublicLetterProcess.TASK_REGISTER,
				Map.of("decision", "FORWARD", "departmentCode", "fgw"));
		completeOpenTask(clerk, KEY, id, PublicLetterProcess.TASK_REPLY, Map.of("decision", "REPLY", "replyText", "已转交"));
		completeOpenTask(RealServers.token("head1"), KEY, id, PublicLetterProcess.TASK_REPLY_REVIEW,
				Map.of("approved", true));
		var rated = post("/api/letters/" + id + "/rating", applicant, Map.of("rating", "DISSATISFIED", "comment", "没解决"));
		assertThat(rated.status()).as(rated.text()).isEqualTo(201);
		assertThat(rated.json().get("status").asText()).isEqualTo("RECTIFYING");
		assertThat(openTaskId(clerk, KEY, id, PublicLetterProcess.TASK_RECTIFY)).isNotNull();
		assertThat(openTaskId(RealServers.token("clerk2"), KEY, id, PublicLetterProcess.TASK_RECTIFY))
			.as("another department's clerk").isNull();
		var empty = completeOpenTaskResponse(clerk, KEY, id, PublicLetterProcess.TASK_RECTIFY, Map.of());
		assertThat(empty.status()).isEqualTo(400);
		completeOpenTask(clerk, KEY, id, PublicLetterProcess.TASK_RECTIFY, Map.of("rectification", "已协调增设遮雨棚"));
		completeOpenTask(editor, KEY, id, PublicLetterProcess.TASK_CALLBACK, Map.of("callbackNote", "来信人认可"));
		assertThat(get("/api/me/letters/" + id, applicant).json().get("status").asText()).isEqualTo("CLOSED");
	}

	@Test
	void declinedLetterTellsTheWriterWhy() {
		var applicant = RealServers.token("applicant1");
		var email = "declined-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		long id = post("/api/letters", applicant, letter("与本机关无关的事项", email)).json().get("id").asLong();
		var noReason = completeOpenTaskResponse(RealServers.token("editor1"), KEY, id, PublicLetterProcess.TASK_REGISTER,
				Map.of("decision", "DECLINE"));
		assertThat(noReason.status()).isEqualTo(400);
		completeOpenTask(RealServers.token("editor1"), KEY, id, PublicLetterProcess.TASK_REGISTER,
				Map.of("decision", "DECLINE", "reason", "NOT_IN_REMIT", "comment", "请向区政府反映"));
		var mine = get("/api/me/letters/" + id, applicant).json();
		assertThat(mine.get("status").asText()).isEqualTo("DECLINED");
		assertThat(mine.get("declineReason").asText()).isEqualTo("NOT_IN_REMIT");
		assertThat(outbox.findAll().stream().filter(m -> email.equals(m.getRecipient())).map(m -> m.getEventType()))
			.containsExactly("LETTER_DECLINED");
	}

	@Test
	void theOfficeStatisticsCountTheLettersAndExportThem() {
		var applicant = RealServers.token("applicant1");
		post("/api/letters", applicant, letter("统计用留言", null));
		var editor = RealServers.token("editor1");
		int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
		var all = get("/api/statistics?year=" + year, editor);
		assertThat(all.status()).isEqualTo(200);
		var byMonth = java.util.stream.StreamSupport.stream(all.json().spliterator(), false)
			.filter(series -> "letters-by-month".equals(series.get("key").asText()))
			.findFirst()
			.orElseThrow();
		int month = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getMonthValue();
		assertThat(byMonth.get("rows").get(month - 1).get(1).asLong()).as("received this month").isPositive();
		assertThat(get("/api/statistics/letters-by-agency.xlsx?year=" + year, editor).status()).isEqualTo(200);
		assertThat(get("/api/statistics/letters-by-month.csv?year=" + year, editor).text()).contains("满意率");
	}

	private static Map<String, Object> letter(String subject, String email) {
		var body = new HashMap<String, Object>();
		body.put("mailbox", "AGENCY");
		body.put("addresseeCode", "bgs");
		body.put("subject", subject);
		body.put("text", "某路段路灯已坏一周。我是王小明，电话13800000000。");
		body.put("publishable", true);
		body.put("writerName", "王小明");
		if (email != null) {
			body.put("email", email);
		}
		return body;
	}
}
