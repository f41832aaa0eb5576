package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.request.RequestApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad inputs that were once answered 500 (issue 13): each now gets a 4xx that says what is wrong, and
 * nothing is written.
 */
class MalformedInputIT extends PortalIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTaskDecisionOutsideTheTasksChoicesIs400NamingTheFieldAndTheTaskStaysOpen() {
		long id = requestAtHandling();
		var clerk = RealServers.token("clerk1");
		var task = openTaskId(clerk, id, "Task_HandleRequest");
		var hundredKb = "D".repeat(100 * 1024);
		for (var body : new String[] { "{}", "", "{\"decision\":null}", "{\"decision\":12345}",
				"{\"decision\":\"BOGUS\"}", "{\"decision\":\"" + hundredKb + "\"}",
				"{\"replyType\":\"DISCLOSE\",\"replyNote\":\"no decision\"}" }) {
			var response = send(request("/api/tasks/" + task + "/complete", clerk).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			var shown = body.length() > 60 ? body.substring(0, 60) + "…" : body;
			assertThat(response.status()).as(shown + " → " + abbreviate(response.text())).isEqualTo(400);
			assertThat(response.json().get("field").asText()).as(shown).isEqualTo("decision");
			assertThat(response.json().get("allowed").toString()).as(shown)
				.contains("PROPOSE", "REASSIGN", "EXTEND", "CONSULT", "FEE", "ASK_REASONS");
		}
		assertThat(openTaskId(clerk, id, "Task_HandleRequest")).as("the task stays open").isEqualTo(task);
	}

	@Test
	void overlongRemedyTextAndAMissingOutcomeAre400AndNothingIsRecorded() {
		long id = requestAtHandling();
		var editor = RealServers.token("editor1");
		var path = "/api/requests/" + id + "/remedies";
		for (var size : new int[] { 100 * 1024, 10 * 1024 * 1024 }) {
			for (var field : new String[] { "authority", "note" }) {
				var body = new LinkedHashMap<String, Object>(Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", today()));
				body.put(field, "长".repeat(size));
				var response = post(path, editor, body);
				assertThat(response.status()).as(field + " of " + size + " → " + abbreviate(response.text())).isEqualTo(400);
				assertThat(response.json().get("errors").has(field)).as(response.text()).isTrue();
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from request_remedy where request_id = ?", Long.class, id))
			.isZero();

		var filed = post(path, editor, Map.of("kind", "ADMINISTRATIVE_REVIEW", "filedOn", today(), "authority", "市司法局"));
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		var decision = path + "/" + filed.json().get("id").asLong() + "/decision";
		var nullOutcome = new LinkedHashMap<String, Object>();
		nullOutcome.put("outcome", null);
		nullOutcome.put("decidedOn", today());
		for (var body : new Object[] { nullOutcome, Map.of("decidedOn", today()), Map.of() }) {
			var response = post(decision, editor, body);
			assertThat(response.status()).as(body + " → " + abbreviate(response.text())).isEqualTo(400);
			assertThat(response.json().get("errors").has("outcome")).as(response.text()).isTrue();
		}
		assertThat(jdbc.queryForObject("select outcome from request_remedy where request_id = ?", String.class, id))
			.isEqualTo("PENDING");
	}

	@Test
	void unreadableAttachmentUploadsAndNulInTheFileNameAre400AndOtherControlCharactersAreRemoved() throws Exception {
		var clerk = RealServers.token("clerk1");
		var created = post("/api/catalogue/items", clerk, item("附件上传容错测试条目"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long item = created.json().get("id").asLong();
		var path = "/api/catalogue/items/" + item + "/attachments";
		var pdf = TestPdf.bytes();

		var boundary = "----gongkaiFuzz7MA4YWxkTrZu0gW";
		var part = multipart(boundary, "file", "a\u0000b.pdf", pdf);
		var cases = new LinkedHashMap<String, HttpRequest.Builder>();
		cases.put("no boundary", upload(path, clerk, "multipart/form-data", part));
		cases.put("boundary mismatch", upload(path, clerk, "multipart/form-data; boundary=other", part));
		cases.put("truncated", upload(path, clerk, "multipart/form-data; boundary=" + boundary,
				java.util.Arrays.copyOf(part, part.length / 2)));
		cases.put("garbage", upload(path, clerk, "multipart/form-data; boundary=" + boundary,
				"\u0000\u0001garbage\r\n--".getBytes(StandardCharsets.ISO_8859_1)));
		cases.put("no file part", upload(path, clerk, "multipart/form-data; boundary=" + boundary,
				multipart(boundary, "other", "x.pdf", pdf)));
		for (var c : cases.entrySet()) {
			var response = send(c.getValue());
			assertThat(response.status()).as(c.getKey() + " → " + abbreviate(response.text())).isEqualTo(400);
			assertThat(response.contentType()).as(c.getKey()).contains("problem+json");
		}
		var nul = send(upload(path, clerk, "multipart/form-data; boundary=" + boundary, part));
		assertThat(nul.status()).as("a NUL in the file name → " + abbreviate(nul.text())).isEqualTo(400);
		assertThat(attachments(item)).isZero();

		var named = send(upload(path, clerk, "multipart/form-data; boundary=" + boundary,
				multipart(boundary, "file", "dir/a\tb.pdf", pdf)));
		assertThat(named.status()).as(abbreviate(named.text())).isEqualTo(201);
		assertThat(named.json().get("fileName").asText()).isEqualTo("ab.pdf");
	}

	@Test
	void importingANullRowIs400NamingTheRow() {
		var before = jdbc.queryForObject("select count(*) from disclosure_request", Long.class);
		var response = send(request("/api/admin/requests/import", RealServers.token("admin"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("[null]")));
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.json().get("errors").has("row 1")).as(response.text()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from disclosure_request", Long.class)).isEqualTo(before);
	}

	@Test
	void theApplicationPageShowsFieldErrorsForValuesThatDoNotConvertAndRefusesUnreadableUploads() {
		var page = PageSession.signIn(url(""), "applicant1", "/requests/new");
		var before = jdbc.queryForObject("select count(*) from disclosure_request", Long.class);
		var valid = "applicantName=" + encode("张三") + "&idNumber=11010519491231002X&phone=13812345678&title="
				+ encode("财政专项资金分配结果") + "&description=" + encode("申请公开分配结果。")
				+ "&deliveryForm=ELECTRONIC&deliveryMethod=ONLINE&kind=DISCLOSURE";
		var forms = Map.of("no accessibilityNeeds", "applicantType=NATURAL_PERSON&" + valid, "applicantType=BOGUS",
				"applicantType=BOGUS&_accessibilityNeeds=on&" + valid, "deliveryMethod=BOGUS",
				"applicantType=NATURAL_PERSON&_accessibilityNeeds=on&" + valid.replace("deliveryMethod=ONLINE", "deliveryMethod=BOGUS"));
		for (var form : forms.entrySet()) {
			var response = page.send("POST", "/requests", "application/x-www-form-urlencoded",
					("_csrf=" + encode(page.csrf()) + "&" + form.getValue()).getBytes(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(form.getKey() + " → " + abbreviate(response.body())).isEqualTo(200);
			assertThat(response.body()).as(form.getKey()).contains("id=\"applicantName\"", "value=\"张三\"", "格式不正确");
		}
		var boundary = "----gongkaiPage7MA4YWxkTrZu0gW";
		var field = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n财政\r\n")
			.getBytes(StandardCharsets.UTF_8);
		var bodies = Map.of("garbage", "\u0000\u0001garbage\r\n--".getBytes(StandardCharsets.ISO_8859_1), "cut short",
				java.util.Arrays.copyOf(field, field.length - 8));
		for (var body : bodies.entrySet()) {
			var response = page.send("POST", "/requests", "multipart/form-data; boundary=" + boundary, body.getValue());
			assertThat(response.statusCode()).as(body.getKey() + " → " + abbreviate(response.body())).isIn(200, 400);
			if (response.statusCode() == 200) {
				assertThat(response.body()).as(body.getKey()).contains("id=\"applicantName\"", "class=\"field-error\"");
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from disclosure_request", Long.class)).isEqualTo(before);
	}

	private static String today() {
		return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
	}

	/** A new request, received and assigned to the fgw department: clerk1 holds Task_HandleRequest. */
	private long requestAtHandling() {
		var applicant = RealServers.token("applicant1");
		var created = post("/api/requests", applicant, RequestApiIT.application());
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var editor = RealServers.token("editor1");
		completeOpenTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeOpenTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		return id;
	}

	private long attachments(long item) {
		return jdbc.queryForObject("select count(*) from catalogue_attachment where item_id = ?", Long.class, item);
	}

	private HttpRequest.Builder upload(String path, String token, String contentType, byte[] body) {
		return request(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
	}

	static byte[] multipart(String boundary, String name, String fileName, byte[] content) {
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	static String abbreviate(String text) {
		return text == null || text.length() <= 400 ? text : text.substring(0, 400) + "…";
	}

	static Map<String, Object> item(String title) {
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "用于检验上传容错的条目。");
		item.put("body", "正文。");
		item.put("issuer", "市发展和改革委员会");
		item.put("writtenDate", "2026-05-11");
		item.put("columnCode", "normative");
		item.put("topic", "城乡建设、环境保护\\城乡建设");
		item.put("genre", "意见");
		return item;
	}
}
