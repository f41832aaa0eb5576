package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 依申请公开 without friction, on MariaDB with real tokens and in Chromium: the 查询码 given with the receipt number,
 * the lookup without an account (status, dated steps, due date, no personal data; the same answer for a wrong code
 * and an unknown number; rate-limited), who sees the code in the API, and the public {@code /apply} page with its
 * downloadable forms.
 */
class RequestLookupIT extends RequestApiIT {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	/** A client address no other test uses (from 198.18.0.0/15, set aside for benchmarks; RateLimitIT counts from 256). */
	private static String someAddress() {
		int n = NEXT.getAndIncrement();
		return "198.19." + (n / 256 % 256) + "." + (n % 256);
	}

	/** A request of applicant1, received by the office: its id, receipt number and 查询码. */
	private record Filed(long id, String receiptNo, String code) {
	}

	private Filed fileAndReceive() {
		var applicant = RealServers.token("applicant1");
		var filed = post("/api/requests", applicant, application());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		var code = filed.json().get("queryCode").asText();
		assertThat(code).as("shown to the applicant from the start").matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
		completeTask(RealServers.token("editor1"), id, "Task_ConfirmReceipt", Map.of());
		var view = get("/api/requests/" + id, applicant).json();
		assertThat(view.get("queryCode").asText()).isEqualTo(code);
		return new Filed(id, view.get("receiptNo").asText(), code);
	}

	private Response lookup(String path, String address, String accept) {
		var request = request(path, null);
		if (address != null) {
			request.header("X-Forwarded-For", address);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		return send(request);
	}

	@Test
	void theReceiptNumberAndQueryCodeShowStatusStepsAndDueDateWithoutPersonalData() throws Exception {
		var filed = fileAndReceive();
		var address = someAddress();
		var api = lookup("/api/requests/lookup?no=" + filed.receiptNo() + "&code=" + filed.code(), address, null);
		assertThat(api.status()).as(api.text()).isEqualTo(200);
		assertThat(api.json().get("receiptNo").asText()).isEqualTo(filed.receiptNo());
		assertThat(api.json().get("status").asText()).isEqualTo("RECEIVED");
		var due = LocalDate.parse(api.json().get("replyDueOn").asText());
		assertThat(due).isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")));
		assertThat(api.json().get("steps").findValuesAsText("type")).containsExactly("SUBMITTED", "RECEIVED");
		assertThat(api.text()).doesNotContain("张三", "11010519491231002X", "****", "13812345678", "applicant1", "editor1",
				filed.code(), "\"id\"");

		// a browser, with the code typed in lower case and with a dash
		var page = lookup("/requests/lookup?no=" + filed.receiptNo() + "&code="
				+ filed.code().substring(0, 4).toLowerCase() + "-" + filed.code().substring(4), address, "text/html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("id=\"lookup-result\"", filed.receiptNo(), "已受理", "提交申请", "确认收到，发放受理编号",
				due.toString())
			.doesNotContain("张三", "11010519491231002X", "13812345678", "applicant1", "editor1");
		// no link on the page carries the code on to another address (the 长者模式 links come back without it)
		assertThat(page.text()).doesNotContainPattern("href=\"[^\"]*[?&;]code=")
			.contains("return=/requests/lookup");

		// a wrong code and an unknown number get the same answer
		var wrongCode = lookup("/api/requests/lookup?no=" + filed.receiptNo() + "&code=ZZZZ2222", address, null);
		var unknownNumber = lookup("/api/requests/lookup?no=GK1999-999999&code=" + filed.code(), address, null);
		assertThat(wrongCode.status()).isEqualTo(404);
		assertThat(unknownNumber.status()).isEqualTo(404);
		assertThat(wrongCode.contentType()).startsWith("application/problem+json");
		assertThat(wrongCode.json().get("type").asText()).isEqualTo("https://gongkai.org/problems/request-lookup-failed");
		assertThat(wrongCode.json().get("detail")).isEqualTo(unknownNumber.json().get("detail"));
		assertThat(wrongCode.json().get("title")).isEqualTo(unknownNumber.json().get("title"));
		var wrongPage = lookup("/requests/lookup?no=" + filed.receiptNo() + "&code=ZZZZ2222", address, "text/html");
		var unknownPage = lookup("/requests/lookup?no=GK1999-999999&code=" + filed.code(), address, "text/html");
		assertThat(wrongPage.text()).contains("未找到与该受理编号和查询码相符的申请").doesNotContain("lookup-result");
		// (the pages echo what was asked, in the form and in the 长者模式 links back to the page)
		assertThat(withoutToken(unknownPage.text().replace("GK1999-999999", filed.receiptNo())
			.replace(filed.code(), "ZZZZ2222"))).isEqualTo(withoutToken(wrongPage.text()));
	}

	/** The page without its per-session CSRF token. */
	private static String withoutToken(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	/** Whether the view leaves the 查询码 out. */
	private static boolean noCode(Response view) {
		return !view.json().hasNonNull("queryCode");
	}

	@Test
	void triesAreLimitedPerClientAddress() {
		var address = someAddress();
		for (int i = 0; i < 15; i++) {
			assertThat(lookup("/requests/lookup", address, "text/html").status()).as("the empty form is free").isEqualTo(200);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(lookup("/api/requests/lookup?no=GK1999-" + i + "&code=ABCDEFGH", address, null).status())
				.isEqualTo(404);
		}
		var refused = lookup("/api/requests/lookup?no=GK1999-1&code=ABCDEFGH", address, null);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("type").asText()).isEqualTo("https://gongkai.org/problems/rate-limited");
		var page = lookup("/requests/lookup?no=GK1999-1&code=ABCDEFGH", address, "text/html");
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.text()).contains("请求过于频繁");
		assertThat(lookup("/api/requests/lookup?no=GK1999-1&code=ABCDEFGH", someAddress(), null).status())
			.as("another client is served meanwhile")
			.isEqualTo(404);
	}

	@Test
	void theQueryCodeIsForTheApplicantAndTheOfficeThatRegisteredItOnly() throws Exception {
		var filed = fileAndReceive();
		var editor = RealServers.token("editor1");
		assertThat(get("/api/requests/" + filed.id(), RealServers.token("applicant2")).status()).isEqualTo(404);
		assertThat(noCode(get("/api/requests/" + filed.id(), editor)))
			.as("an online application: the office does not hand the receipt over")
			.isTrue();
		completeTask(editor, filed.id(), "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		var clerk = RealServers.token("clerk1");
		var handled = get("/api/requests/" + filed.id(), clerk);
		assertThat(handled.status()).isEqualTo(200);
		assertThat(noCode(handled)).as("the handling department").isTrue();
		assertThat(get("/api/requests?size=100", RealServers.token("applicant1")).text()).contains(filed.code());
		assertThat(get("/api/requests?size=100", RealServers.token("applicant2")).text()).doesNotContain(filed.code());

		// the applicant's receipt prints it and points to the lookup at the public address; the department's does not
		assertThat(pdfText("/api/requests/" + filed.id() + "/receipt", RealServers.token("applicant1")))
			.contains("本申请的查询码为" + filed.code(), "/requests/lookup，凭受理编号和查询码查询",
					"您（单位）提出的政府信息公开申请", "本机关")
			.as("no 受理机关 chosen: none named")
			.doesNotContain("您（单位）向")
			.doesNotContain("/requests/" + filed.id());
		assertThat(pdfText("/api/requests/" + filed.id() + "/receipt", clerk)).doesNotContain(filed.code())
			.contains("/requests/lookup");

		// an application handed in at the office: the office that registered it gives the applicant the code
		// (to the 受理机关 the applicant chose, which the receipt names)
		var toDistrictSchools = application();
		toDistrictSchools.put("agencyCode", "dcq-jyj");
		var registered = post("/api/requests/offline", editor, Map.of("application", toDistrictSchools, "channel",
				"IN_PERSON", "receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		var code = registered.json().get("queryCode").asText();
		assertThat(code).hasSize(8);
		var receiptNo = registered.json().get("receiptNo").asText();
		assertThat(pdfText("/api/requests/" + registered.json().get("id").asLong() + "/receipt", editor))
			.contains("本申请的查询码为" + code, "您（单位）向东城区教育局提出的政府信息公开申请");
		var found = lookup("/api/requests/lookup?no=" + receiptNo + "&code=" + code, someAddress(), null);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("steps").findValuesAsText("type")).contains("REGISTERED_OFFLINE", "RECEIVED");
	}

	@Test
	void theLookupIsInTheApiDescription() {
		// springdoc builds the description on the first call, which takes a while on a busy machine
		var docs = send(request("/v3/api-docs", null).timeout(java.time.Duration.ofMinutes(3)).GET());
		assertThat(docs.status()).isEqualTo(200);
		var lookup = docs.json().path("paths").path("/api/requests/lookup").path("get");
		assertThat(lookup.path("parameters").findValuesAsText("name")).containsExactly("no", "code");
		assertThat(lookup.path("responses").path("404").path("content").has("application/problem+json")).isTrue();
		assertThat(docs.json().path("components").path("schemas").path("RequestLookupView").path("properties").has("steps"))
			.isTrue();
	}

	@Test
	void theApplyPageIsPublicWithTheProcedureOfficesAndForms() throws Exception {
		var home = lookup("/", null, "text/html");
		assertThat(home.text()).as("the header's 申请 link for anonymous visitors").contains("href=\"/apply\"");
		var page = lookup("/apply?agency=fgw", null, "text/html");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("申请须知", "办理流程", "20个工作日", "不超过20个工作日", "信息处理费", "传真",
				"id=\"procedure\"", "href=\"/requests/new?agency=fgw\"", "href=\"/apply/form.pdf?agency=fgw\"",
				"value=\"fgw\" selected=\"selected\"", "市发展和改革委员会", "href=\"/requests/lookup\"");
		// the offices are the agencies' 政府信息公开工作机构 as the administrator keeps them (here the demo's rows)
		assertThat(page.text()).as("the chosen agency's own office")
			.contains("市发展和改革委员会办公室（演示）", "某某市某某区建设路8号（演示）", "电话：010-00000011", "传真：010-00000012");
		var all = lookup("/apply", null, "text/html").text();
		assertThat(all).contains("href=\"/requests/new\"",
				// the government's office is its general office's, then every agency with an office, the district's too
				"市人民政府办公室政务公开科（演示）", "010-00000001", "东城区人民政府办公室政务公开科（演示）",
				"010-00000041", "东城区教育局办公室（演示）",
				// the agencies to choose from are the agency tree's, districts included
				"value=\"dcq\"", "value=\"dcq-jyj\"");
		assertThat(lookup("/apply?agency=dcq-zjj", null, "text/html").text()).contains("东城区住房和城乡建设局办公室（演示）");

		var docx = download("/apply/form.docx?agency=fgw");
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).startsWith(ApplyController.DOCX.toString());
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				var extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("政府信息公开申请表", "受理机关：市发展和改革委员会", "申请人信息（公民）",
					"申请人信息（法人或其他组织）", "统一社会信用代码", "所需信息的描述", "获取信息的方式", "申请人签名（盖章）", "申请日期");
		}
		var pdf = download("/apply/form.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		try (var document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains("政府信息公开申请表",
					"申请人信息（公民）", "申请人信息（法人或其他组织）", "所需信息的描述", "获取信息的方式", "申请人签名（盖章）");
		}
	}

	private HttpResponse<byte[]> download(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** With {@code -Dgongkai.screenshots=true}, the page as Chromium shows it, under {@code target/screenshots}. */
	private static void screenshot(Browser browser, String name) throws java.io.IOException {
		if (Boolean.getBoolean("gongkai.screenshots")) {
			var file = ((org.openqa.selenium.TakesScreenshot) browser.driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
			var target = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
			java.nio.file.Files.copy(file.toPath(), target.resolve(name + ".png"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Test
	void anAnonymousVisitorGoesFromTheApplyPageToTheLookupAndSeesTheStatus() throws Exception {
		var filed = fileAndReceive();
		try (var visitor = new Browser()) {
			visitor.driver.get(url("/"));
			visitor.driver.findElement(By.cssSelector("a[href='/apply']")).click();
			visitor.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "依申请公开"));
			assertThat(visitor.driver.findElements(By.cssSelector("#procedure li"))).hasSize(7);
			screenshot(visitor, "apply");
			assertThat(visitor.text(By.id("procedure"))).contains("提交申请", "确认收到", "答复送达");
			visitor.driver.findElement(By.id("apply-lookup")).click();
			visitor.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "查询办理进度"));
			visitor.driver.findElement(By.id("no")).sendKeys(filed.receiptNo());
			visitor.driver.findElement(By.id("code")).sendKeys(filed.code());
			visitor.driver.findElement(By.id("lookup-submit")).click();
			visitor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lookup-result")));
			assertThat(visitor.text(By.id("lookup-status"))).isEqualTo("已受理");
			screenshot(visitor, "lookup");
			assertThat(visitor.text(By.id("lookup-steps"))).contains("确认收到，发放受理编号");
			assertThat(visitor.text(By.id("lookup-due"))).matches("\\d{4}-\\d{2}-\\d{2}.*");
			assertThat(visitor.driver.getCurrentUrl()).as("the code stays out of the address").doesNotContain(filed.code());
		}
	}
}
