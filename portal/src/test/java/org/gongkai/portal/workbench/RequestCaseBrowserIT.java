package org.gongkai.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.gongkai.workflow.request.ApplicantActions;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.gongkai.workflow.request.NewAttachment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A request's case page in Chromium: the disclosure office sees the application with the identity
 * number unmasked, downloads the attachment, follows the timeline and decides the current task with
 * the form on the page; the notice it issues appears among the documents; the department's clerk sees
 * the same case with the identity number masked and their own decision form.
 */
class RequestCaseBrowserIT extends PortalIT {

	static final byte[] SCAN = "%PDF-1.4\n% scanned identity document of 王五\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	@org.springframework.beans.factory.annotation.Autowired
	FileDisclosureRequest file;

	@org.springframework.beans.factory.annotation.Autowired
	ApplicantActions actions;

	private Browser office;

	private Browser clerk;

	@AfterEach
	void closeBrowsers() {
		if (office != null) {
			office.close();
		}
		if (clerk != null) {
			clerk.close();
		}
	}

	@Test
	void handlersWorkTheRequestFromItsCasePage() throws Exception {
		var form = new ApplicationForm(ApplicantType.NATURAL_PERSON, "王五", "11010519491231002X", null, null,
				"13812345678", null, null, null, "城区停车场规划布局方案", null, "申请公开城区停车场规划布局方案及其批复文件。",
				DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, false, null, null);
		long id = file.file(form, List.of(new NewAttachment("身份证扫描件.pdf", "application/pdf", SCAN)), "applicant1")
			.getId();
		var casePage = url("/workbench/requests/" + id);

		office = new Browser();
		office.signIn(casePage, "editor1");
		var page = office.driver;
		assertThat(office.text(By.tagName("h1"))).startsWith("政府信息公开申请办理");
		assertThat(office.text(By.id("idNumber"))).as("the office checks identities").isEqualTo("11010519491231002X");
		assertThat(office.text(By.id("application"))).contains("王五", "城区停车场规划布局方案", "申请公开城区停车场规划布局方案及其批复文件。");
		var attachment = page.findElement(By.linkText("身份证扫描件.pdf (0 KB)")).getAttribute("href");
		var scan = download(attachment, session(page));
		assertThat(scan.statusCode()).isEqualTo(200);
		assertThat(scan.body()).isEqualTo(SCAN);
		assertThat(scan.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).startsWith("attachment"));
		assertThat(office.text(By.id("timeline"))).contains("提交申请");
		assertThat(office.text(By.id("current"))).contains("确认收到申请");

		page.findElement(By.id("complete")).click();
		office.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		page.get(casePage);
		assertThat(office.text(By.id("receiptNo"))).matches("GK\\d{4}-\\d{6}");
		assertThat(office.text(By.id("timeline"))).contains("确认收到，发放受理编号");
		assertThat(page.findElements(By.id("receipt-pdf"))).hasSize(1);
		assertThat(office.text(By.id("current"))).contains("登记审查");

		page.findElement(By.cssSelector("input[name=decision][value=SUPPLEMENT]")).click();
		page.findElement(By.id("supplementNote")).sendKeys("请写明所需方案的年份或文号");
		page.findElement(By.id("complete")).click();
		office.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		page.get(casePage);
		var notice = office.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.notice-pdf")));
		assertThat(notice.getText()).matches("补正告知书（补〔\\d{4}〕第\\d{4}号，PDF）");
		var pdf = download(notice.getAttribute("href"), session(page));
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (var document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", ""))
				.startsWith("政府信息公开申请补正告知书补〔").contains("王五：", "第三十条", "请写明所需方案的年份或文号");
		}

		actions.supplement(id, "applicant1", "2025年版城区停车场规划布局方案");
		var editor = RealServers.token("editor1");
		String register = null;
		for (var task : get("/api/tasks", editor).json()) {
			if (String.valueOf(id).equals(task.get("caseId").asText())) {
				register = task.get("id").asText();
			}
		}
		assertThat(post("/api/tasks/" + register + "/complete", editor,
				Map.of("decision", "ASSIGN", "departmentCode", "fgw")).status()).isEqualTo(204);

		clerk = new Browser();
		clerk.signIn(casePage, "clerk1");
		assertThat(clerk.text(By.id("idNumber"))).as("masked for the department").isEqualTo("1101**********002X");
		assertThat(clerk.text(By.tagName("main"))).doesNotContain("11010519491231002X");
		assertThat(clerk.text(By.id("current"))).contains("承办并拟定答复");
		assertThat(clerk.driver.findElements(By.id("replyType"))).as("the handling form").hasSize(1);
		// outcomes, reasons and the kind of request cite their basis the one way: no "（第—）", "（第国办函…）"
		assertThat(clerk.text(By.id("kind"))).isEqualTo("政府信息公开申请（第二十九条）");
		assertThat(clerk.driver.findElements(By.cssSelector("#replyType option")))
			.extracting(option -> option.getAttribute("textContent"))
			.contains("不予处理（信访举报投诉类）（第三十九条第一款）", "其他处理（逾期未缴费）（国办函〔2020〕109号）", "其他处理")
			.noneMatch(text -> text.matches(".*(第—|第国|[款项]条|第\\d|（）).*"));
		assertThat(clerk.driver.findElements(By.cssSelector("input[name=replyReasons] + span")))
			.extracting(span -> span.getAttribute("textContent"))
			.contains("属于四类过程性信息（第十六条第二款）");
		assertThat(clerk.driver.findElements(By.cssSelector("a.notice-pdf"))).hasSize(1);
		assertThat(clerk.text(By.id("timeline"))).contains("补正");
		clerk.driver.findElement(By.id("claim")).click();
		clerk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已认领"));
		assertThat(clerk.text(By.cssSelector(".assignment"))).contains("由 clerk1 办理中");
		clerk.driver.findElement(By.id("release")).click();
		clerk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已退回待办池"));
		assertThat(clerk.driver.findElements(By.id("claim"))).hasSize(1);

		clerk.driver.get(url("/workbench/requests/999999"));
		assertThat(clerk.text(By.tagName("body"))).doesNotContain("王五");
	}

	private static String session(WebDriver driver) {
		return driver.manage().getCookieNamed("JSESSIONID").getValue();
	}

	private static HttpResponse<byte[]> download(String url, String session) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}
}
