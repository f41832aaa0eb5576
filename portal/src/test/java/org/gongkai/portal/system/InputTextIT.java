package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
		completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
		assertThat(text(pdf("/api/requests/" + id + "/receipt", token))).contains("“" + STORED + "：请提供相关资料。第二行制表”");

		completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		completeTask(RealServers.token("clerk1"), id, "Task_HandleRequest",
				Map.of("decision", "PROPOSE", "replyType", "DISCLOSE", "replyNote", "予以公开，随本答复提供。"));
		completeTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
		completeTask(RealServers.token("secrecy1"), id, "Task_SecrecyReview", Map.of("approved", true));
		completeTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true, "comment", "同意"));
		eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, token),
				r -> "REPLIED".equals(r.json().get("status").asText()));
		assertThat(text(pdf("/api/requests/" + id + "/reply-letter", token))).contains("“" + STORED);
	}

	private void completeTask(String token, long requestId, String taskKey, Map<String, Object> variables) {
		String task = null;
		for (var candidate : get("/api/tasks", token).json()) {
			if (String.valueOf(requestId).equals(candidate.get("caseId").asText())
					&& taskKey.equals(candidate.get("taskKey").asText())) {
				task = candidate.get("id").asText();
			}
		}
		assertThat(task).as("task " + taskKey + " of request " + requestId).isNotNull();
		var response = post("/api/tasks/" + task + "/complete", token, variables);
		assertThat(response.status()).as(taskKey + ": " + response.text()).isEqualTo(204);
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
		var page = new PageSession();
		page.signIn(url("/requests/new"), "applicant1");
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

		HttpResponse<String> filed = page.postMultipart(url("/requests"), fields, "files", "证明.pdf", file);

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		String location = filed.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.replaceAll(".*/requests/(\\d+).*", "$1"));
		String token = RealServers.token("applicant1");
		var stored = get("/api/requests/" + id, token).json();
		assertThat(stored.get("title").asText()).isEqualTo(STORED);
		assertThat(stored.get("applicantName").asText()).isEqualTo("张三");
		assertThat(stored.get("description").asText()).startsWith("请提供相关资料").doesNotContain("\uD800").contains("\uFFFD");
		HttpResponse<byte[]> attachment = page.getBytes(url(attachmentLink(page.getText(location.startsWith("http") ? location : url(location)))));
		assertThat(attachment.body()).isEqualTo(file);
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

	/** A browser's session of the portal without a browser: cookies, the Keycloak sign-in form, the CSRF token. */
	static final class PageSession {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new AllCookies())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private String lastPage;

		void signIn(String page, String user) throws Exception {
			HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			var action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(login.body());
			assertThat(action.find()).as("Keycloak's sign-in form").isTrue();
			String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId=";
			HttpResponse<String> signedIn = http.send(
					HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.statusCode()).isEqualTo(200);
			assertThat(signedIn.uri().toString()).as("back on the portal").startsWith(page);
			lastPage = signedIn.body();
		}

		String csrf() {
			var m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
				.matcher(lastPage);
			assertThat(m.find()).as("a CSRF token on the page").isTrue();
			return m.group(1) != null ? m.group(1) : m.group(2);
		}

		String getText(String url) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}

		HttpResponse<byte[]> getBytes(String url) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}

		/** A multipart/form-data POST as a browser sends it; the answer's redirect is not followed. */
		HttpResponse<String> postMultipart(String url, Map<String, byte[]> fields, String fileField, String fileName,
				byte[] file) throws Exception {
			String boundary = "----gongkai" + System.nanoTime();
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
			var noRedirects = HttpClient.newBuilder()
				.cookieHandler(http.cookieHandler().orElseThrow())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			return noRedirects.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	/**
	 * Every cookie to every address of the test (all on 127.0.0.1): Keycloak marks its cookies
	 * {@code Secure} even over plain HTTP, which browsers accept for 127.0.0.1 but
	 * {@link java.net.CookieManager} does not.
	 */
	static final class AllCookies extends CookieHandler {

		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
			if (cookies.isEmpty()) {
				return Map.of();
			}
			return Map.of("Cookie", List.of(cookies.entrySet()
				.stream()
				.map(c -> c.getKey() + "=" + c.getValue())
				.collect(Collectors.joining("; "))));
		}

		@Override
		public void put(URI uri, Map<String, List<String>> responseHeaders) {
			responseHeaders.forEach((name, values) -> {
				if ("set-cookie".equalsIgnoreCase(name)) {
					for (String value : values) {
						for (HttpCookie cookie : HttpCookie.parse(value)) {
							if (cookie.getMaxAge() == 0) {
								cookies.remove(cookie.getName());
							}
							else {
								cookies.put(cookie.getName(), cookie.getValue());
							}
						}
					}
				}
			});
		}
	}
}
