package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A citizen in Chromium files a request through the form (no JavaScript needed): a wrong identity
 * number is refused with a field message and nothing is lost; the corrected request is filed with its
 * attachment; the office confirms receipt in the workbench; the citizen sees the receipt number and
 * the due date on the tracking page; the office assigns it from its inbox, the clerk proposes the
 * reply on the case page, the department head approves it there, the secrecy reviewer and the leader
 * from their inboxes; the citizen downloads the reply letter with its number; the clerk records the delivery on the case page and the citizen sees the case archived.
 */
class RequestBrowserIT extends PortalIT {

	private Browser citizen;

	private Browser office;

	@BeforeEach
	void openBrowsers() throws Exception {
		citizen = new Browser();
		office = new Browser();
	}

	@AfterEach
	void closeBrowsers() {
		if (citizen != null) {
			citizen.close();
		}
		if (office != null) {
			office.close();
		}
	}

	@Test
	void citizenFilesTracksAndSeesTheReceiptNumber() throws Exception {
		var driver = citizen.driver;
		citizen.signIn(url("/requests/new"), "applicant1");
		citizen.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "申请政府信息公开"));

		driver.findElement(By.id("applicantName")).clear();
		driver.findElement(By.id("applicantName")).sendKeys("李四");
		driver.findElement(By.id("idNumber")).sendKeys("110105194912310021");
		driver.findElement(By.id("phone")).sendKeys("13912345678");
		driver.findElement(By.id("title")).sendKeys("城市老旧管网改造项目清单");
		driver.findElement(By.id("description")).sendKeys("申请公开2026年城市老旧管网改造项目清单及资金安排。");
		driver.findElement(By.id("accessibilityNeeds1")).click();
		new Select(driver.findElement(By.id("deliveryMethod"))).selectByValue("ONLINE");
		var scan = Files.createTempFile("id-scan", ".pdf");
		Files.writeString(scan, "%PDF-1.4\n% scanned identity document\n%%EOF\n", StandardCharsets.ISO_8859_1);
		driver.findElement(By.id("files")).sendKeys(scan.toString());
		driver.findElement(By.id("submit")).click();

		assertThat(citizen.text(By.cssSelector(".field-error"))).contains("居民身份证号码不正确");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("城市老旧管网改造项目清单");
		var id = driver.findElement(By.id("idNumber"));
		id.clear();
		id.sendKeys("11010519491231002X");
		driver.findElement(By.id("files")).sendKeys(scan.toString());
		driver.findElement(By.id("submit")).click();

		citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
		assertThat(citizen.text(By.cssSelector(".flash.ok"))).contains("申请已提交");
		assertThat(citizen.text(By.id("status"))).isEqualTo("已提交，待确认收到");
		assertThat(citizen.text(By.tagName("main"))).contains("1101**********002X", scan.getFileName().toString())
			.doesNotContain("11010519491231002X");
		var trackingUrl = driver.getCurrentUrl();
		var requestId = trackingUrl.substring(trackingUrl.lastIndexOf('/') + 1);

		office.signIn(url("/workbench?q=" + requestId), "editor1");
		var row = office.wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//table[@id='tasks']//tr[td[2][normalize-space()='" + requestId + "']]")));
		assertThat(row.getText()).contains("确认收到申请");
		row.findElement(By.linkText("办理")).click();
		assertThat(office.text(By.tagName("main"))).contains("城市老旧管网改造项目清单", "11010519491231002X");
		office.driver.findElement(By.id("complete")).click();
		office.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		assertThat(office.driver.getCurrentUrl()).as("back on the case").endsWith("/workbench/requests/" + requestId);
		office.driver.findElement(By.id("back-to-workbench")).click();
		office.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-filters")));
		office.driver.get(url("/workbench?q=" + requestId)); // the shared test database fills more than a page
		var registration = office.wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//table[@id='tasks']//tr[td[2][normalize-space()='" + requestId + "']]")));
		assertThat(registration.getText()).contains("登记审查", "剩余");
		assertThat(registration.findElement(By.cssSelector(".due")).getAttribute("class")).contains("due-green");

		driver.get(trackingUrl);
		assertThat(citizen.text(By.id("status"))).isEqualTo("已受理");
		assertThat(citizen.text(By.id("receiptNo"))).matches("GK\\d{4}-\\d{6}");
		assertThat(citizen.text(By.id("due"))).containsPattern("\\d{4}-\\d{2}-\\d{2}").contains("个工作日");
		assertThat(citizen.text(By.cssSelector(".timeline"))).contains("提交申请", "确认收到，发放受理编号");

		handleToReply(Long.valueOf(requestId));
		driver.get(trackingUrl);
		assertThat(citizen.text(By.id("status"))).isEqualTo("已答复");
		var letterNo = java.util.regex.Pattern.compile("〔\\d{4}〕第\\d{4}号")
			.matcher(citizen.text(By.cssSelector(".timeline")));
		assertThat(letterNo.find()).as("the reply's letter number on the timeline").isTrue();
		var receiptNo = citizen.text(By.id("receiptNo"));
		var link = driver.findElement(By.id("reply-letter")).getAttribute("href");
		var letter = download(link, driver.manage().getCookieNamed("JSESSIONID").getValue());
		assertThat(new String(letter, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (var pdf = Loader.loadPDF(letter)) {
			var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("政府信息公开申请答复告知书", letterNo.group(), receiptNo, "李四", "第三十六条第（二）项",
					"行政复议");
		}

		try (var clerk = new Browser()) {
			clerk.signIn(url("/workbench/requests/" + requestId), "clerk1");
			assertThat(clerk.text(By.id("current"))).contains("登记答复送达");
			clerk.driver.findElement(By.xpath("//input[@name='replyDelivery' and @value='POST']")).click();
			clerk.driver.findElement(By.id("complete")).click();
			assertThat(clerk.text(By.cssSelector(".flash.error"))).as("a letter by post needs its tracking number")
				.contains("邮寄送达须填写邮件单号");
			clerk.driver.get(url("/workbench/requests/" + requestId));
			clerk.driver.findElement(By.xpath("//input[@name='replyDelivery' and @value='POST']")).click();
			clerk.driver.findElement(By.id("trackingNo")).sendKeys("1123456789012");
			clerk.driver.findElement(By.id("complete")).click();
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		}
		driver.get(trackingUrl);
		assertThat(citizen.text(By.id("status"))).isEqualTo("已答复并归档");
		assertThat(citizen.text(By.id("delivery"))).contains("邮寄", "1123456789012");
		assertThat(citizen.text(By.id("visibility"))).isEqualTo("仅申请人和办理人员可见");
		assertThat(citizen.text(By.cssSelector(".timeline"))).contains("登记答复送达", "归档");
		assertThat(driver.findElement(By.id("reply-letter")).getAttribute("href")).as("still downloadable").isEqualTo(link);
		assertThat(driver.findElements(By.xpath("//button[contains(., '撤回')]"))).as("no withdrawal after the reply").isEmpty();
	}

	/**
	 * Every staff step in Chromium, each user signed in on Keycloak's page: the office registers and
	 * assigns the request from its inbox, the clerk proposes the reply and the department head approves
	 * it on the case page, the secrecy reviewer finds the task in the inbox and approves it on the task
	 * page, the leader signs it off on the case page; the reply is then issued asynchronously.
	 */
	private void handleToReply(long requestId) throws Exception {
		openFromInbox(office, requestId, "登记审查");
		office.driver.findElement(By.xpath("//input[@name='decision' and @value='ASSIGN']")).click();
		new Select(office.driver.findElement(By.id("departmentCode"))).selectByValue("fgw");
		office.driver.findElement(By.id("complete")).click();
		office.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		try (var clerk = new Browser()) {
			clerk.signIn(url("/workbench/requests/" + requestId), "clerk1");
			assertThat(clerk.text(By.id("current"))).contains("承办并拟定答复");
			assertThat(clerk.text(By.id("accessibility"))).as("art. 43: staff see the applicant needs help")
				.contains("第四十三条");
			new Select(clerk.driver.findElement(By.id("replyType"))).selectByValue("DISCLOSE");
			clerk.driver.findElement(By.id("replyNote")).sendKeys("所申请信息随本告知书一并提供。");
			clerk.driver.findElement(By.id("complete")).click();
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		}
		try (var head = new Browser()) {
			head.signIn(url("/workbench/requests/" + requestId), "head1");
			assertThat(head.text(By.id("current"))).contains("部门负责人审核");
			assertThat(head.text(By.cssSelector(".timeline"))).contains("承办部门拟定答复");
			approve(head, "同意");
		}
		try (var secrecy = new Browser()) {
			secrecy.signIn(url("/workbench?q=" + requestId), "secrecy1");
			openFromInbox(secrecy, requestId, "保密审查");
			assertThat(secrecy.text(By.tagName("main"))).contains("城市老旧管网改造项目清单");
			secrecy.driver.findElement(By.xpath("//input[@name='approved' and @value='false']")).click();
			secrecy.driver.findElement(By.id("complete")).click();
			assertThat(secrecy.text(By.cssSelector(".flash.error"))).as("a return needs its reason")
				.contains("退回时须填写退回理由");
			approve(secrecy, "经审查，不涉及国家秘密。");
		}
		try (var leader = new Browser()) {
			leader.signIn(url("/workbench?q=" + requestId), "leader1");
			var row = leader.wait.until(ExpectedConditions.presenceOfElementLocated(taskRow(requestId)));
			assertThat(row.getText()).contains("签发");
			row.findElement(By.linkText(String.valueOf(requestId))).click();
			assertThat(leader.text(By.id("current"))).contains("签发");
			assertThat(leader.text(By.cssSelector(".timeline"))).contains("保密审查");
			approve(leader, "同意签发。");
			leader.driver.get(url("/workbench/requests/" + requestId));
			assertThat(leader.text(By.id("current"))).doesNotContain("签发");
		}
		var applicant = RealServers.token("applicant1");
		eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + requestId, applicant),
				r -> "REPLIED".equals(r.json().get("status").asText()));
	}

	/** Opens the request's task from the signed-in user's inbox by its 办理 link (the task page). */
	private void openFromInbox(Browser staff, long requestId, String taskName) {
		if (!staff.driver.getCurrentUrl().endsWith("/workbench?q=" + requestId)) {
			staff.driver.get(url("/workbench?q=" + requestId));
		}
		var row = staff.wait.until(ExpectedConditions.presenceOfElementLocated(taskRow(requestId)));
		assertThat(row.getText()).contains(taskName);
		row.findElement(By.linkText("办理")).click();
		staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complete")));
	}

	private static By taskRow(long requestId) {
		return By.xpath("//table[@id='tasks']//tr[td[2][normalize-space()='" + requestId + "']]");
	}

	/** Agrees on the open review form with an opinion and waits for the confirmation. */
	private static void approve(Browser staff, String opinion) {
		staff.driver.findElement(By.xpath("//input[@name='approved' and @value='true']")).click();
		staff.driver.findElement(By.id("taskComment")).sendKeys(opinion);
		staff.driver.findElement(By.id("complete")).click();
		staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
	}

	private static byte[] download(String url, String session) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}
}
