package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Text is normalised where it comes in, through the real HTTP stack: JSON bodies of the API and the
 * multipart page form of a request lose control and bidi-override characters and arrive in NFC, a lone
 * surrogate in JSON is refused naming the field, uploaded files keep their bytes, and the receipt of a
 * request titled with an emoji and a character of CJK Extension B renders.
 */
class InputTextIT extends PortalIT {

	/** 😀, 𠀀 (Extension B), an RTL override, NUL, a DEL and "é" written as e + combining acute. */
	static final String TITLE = "关于😀𠀀\u202E街道\u0000改造\u007F资金Cafe\u0301的信息";

	static final String STORED = "关于😀𠀀街道改造资金Café的信息";

	@Autowired
	JdbcTemplate jdbc;

	private int requests() {
		return jdbc.queryForObject("select count(*) from disclosure_request", Integer.class);
	}

	@Test
	void apiTextIsNormalisedAndTheLettersRender() throws Exception {
		String token = RealServers.token("applicant1");
		var created = post("/api/requests", token, application(TITLE, "请提供\u2066相关\u2069资料。\n第二行\t制表"));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("title").asText()).isEqualTo(STORED);
		long id = created.json().get("id").asLong();
		var editor = RealServers.token("editor1");
		completeOpenTask(editor, id, "Task_ConfirmReceipt", Map.of());
		assertThat(text(pdf("/api/requests/" + id + "/receipt", token))).contains("“" + STORED + "：请提供相关资料。第二行制表”");

		completeOpenTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		completeOpenTask(RealServers.token("clerk1"), id, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "予以公开，随本答复提供。"));
		completeOpenTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		completeOpenTask(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
		completeOpenTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true, "comment", "同意"));
		eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, token),
				r -> "REPLIED".equals(r.json().get("status").asText()));
		assertThat(text(pdf("/api/requests/" + id + "/reply-letter", token))).contains("“" + STORED);
	}

	private byte[] pdf(String path, String token) throws IOException {
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	@Test
	void loneSurrogateInJsonIsRefusedNamingTheField() {
		String token = RealServers.token("applicant1");
		String body = """
				{"applicantType":"NATURAL_PERSON","applicantName":"张三","idNumber":"11010519491231002X",
				 "phone":"13800138000","title":"关于\\ud800的信息","description":"请提供相关资料",
				 "deliveryForm":"ELECTRONIC","deliveryMethod":"ONLINE","accessibilityNeeds":false}""";
		int before = requests();

		var refused = send(request("/api/requests", token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(refused.json().get("field").asText()).isEqualTo("title");
		assertThat(refused.json().get("errors").get("title").asText()).contains("代理项");
		assertThat(requests()).as("nothing filed").isEqualTo(before);
	}

	@Test
	void pageFormTextIsNormalisedButUploadedFilesKeepTheirBytes() throws Exception {
		var page = PageSession.signIn(url(""), "applicant1", "/requests/new");
		String csrf = page.csrf();
		byte[] file = "%PDF-1.4\n\u0000\u202E\u007F bytes as uploaded\n%%EOF".getBytes(StandardCharsets.UTF_8);
		var fields = new LinkedHashMap<String, byte[]>();
		fields.put("_csrf", utf8(csrf));
		fields.put("applicantType", utf8("NATURAL_PERSON"));
		fields.put("applicantName", utf8("张\u202E三"));
		fields.put("idNumber", utf8("11010519491231002X"));
		fields.put("phone", utf8("13800138000"));
		fields.put("title", utf8(TITLE));
		// a lone surrogate cannot be written in UTF-8: its bytes (ED A0 80) are malformed and arrive as U+FFFD
		var description = new ByteArrayOutputStream();
		description.writeBytes(utf8("请提供相关资料"));
		description.writeBytes(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
		fields.put("description", description.toByteArray());
		fields.put("deliveryForm", utf8("ELECTRONIC"));
		fields.put("deliveryMethod", utf8("ONLINE"));
		fields.put("_accessibilityNeeds", utf8("on"));
		fields.put("kind", utf8("DISCLOSURE"));

		String boundary = "----gongkai" + System.nanoTime();
		HttpResponse<String> filed = page.send("POST", "/requests", "multipart/form-data; boundary=" + boundary,
				multipart(boundary, fields, "files", "证明.pdf", file));

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		String location = filed.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.replaceAll(".*/requests/(\\d+).*", "$1"));
		String token = RealServers.token("applicant1");
		var stored = get("/api/requests/" + id, token).json();
		assertThat(stored.get("title").asText()).isEqualTo(STORED);
		assertThat(stored.get("applicantName").asText()).isEqualTo("张三");
		assertThat(stored.get("description").asText()).startsWith("请提供相关资料").doesNotContain("\uD800").contains("\uFFFD");
		HttpResponse<byte[]> attachment = page.getBytes(attachmentLink(page.get(location).body()));
		assertThat(attachment.body()).isEqualTo(file);
	}

	/** A multipart/form-data body as a browser sends it. */
	private static byte[] multipart(String boundary, Map<String, byte[]> fields, String fileField, String fileName,
			byte[] file) {
		var body = new ByteArrayOutputStream();
		for (var field : fields.entrySet()) {
			body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n"));
			body.writeBytes(field.getValue());
			body.writeBytes(utf8("\r\n"));
		}
		body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n"));
		body.writeBytes(file);
		body.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
		return body.toByteArray();
	}

	private static String attachmentLink(String trackPage) {
		var m = Pattern.compile("href=\"(/requests/\\d+/attachments/\\d+)\"").matcher(trackPage);
		assertThat(m.find()).as("attachment link on the track page").isTrue();
		return m.group(1);
	}

	private static Map<String, Object> application(String title, String description) {
		var form = new LinkedHashMap<String, Object>();
		form.put("applicantType", "NATURAL_PERSON");
		form.put("applicantName", "张三");
		form.put("idNumber", "11010519491231002X");
		form.put("phone", "13800138000");
		form.put("title", title);
		form.put("description", description);
		form.put("deliveryForm", "ELECTRONIC");
		form.put("deliveryMethod", "ONLINE");
		form.put("accessibilityNeeds", false);
		return form;
	}

	static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s", "");
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
