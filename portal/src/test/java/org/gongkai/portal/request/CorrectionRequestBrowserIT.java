package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Art. 41 in Chromium: a citizen asks through the form (no JavaScript) to correct a record about
 * them, is told on the field that the corrected content is missing, files it and tracks it; the clerk
 * sees a correction form instead of the reply types and records that the record was corrected; the
 * citizen then reads the outcome on the tracking page.
 */
class CorrectionRequestBrowserIT extends RequestApiIT {

	@Test
	void citizenAsksForACorrectionOnTheFormAndTheClerkCorrectsTheRecord() throws Exception {
		try (var citizen = new Browser(); var clerk = new Browser()) {
			var driver = citizen.driver;
			citizen.signIn(url("/requests/new"), "applicant1");
			driver.findElement(By.id("correction-link")).click();
			citizen.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "申请更正政府信息记录"));
			assertThat(citizen.text(By.cssSelector(".lead"))).contains("第四十一条");
			assertThat(driver.findElements(By.cssSelector("select#deliveryForm"))).as("no form of information to choose")
				.isEmpty();

			driver.findElement(By.id("applicantName")).clear();
			driver.findElement(By.id("applicantName")).sendKeys("王五");
			driver.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
			driver.findElement(By.id("phone")).sendKeys("13912345678");
			driver.findElement(By.id("title")).sendKeys("本人企业职工基本养老保险参保登记信息");
			driver.findElement(By.id("description")).sendKeys("参保登记的出生日期与本人居民身份证记载不一致。");
			driver.findElement(By.id("submit")).click();
			assertThat(citizen.text(By.cssSelector(".field-error"))).contains("请写明请求将记录更正为什么内容");
			assertThat(citizen.text(By.tagName("h1"))).as("still the correction form").isEqualTo("申请更正政府信息记录");
			driver.findElement(By.id("correctionSought")).sendKeys("出生日期应为1949年12月31日");
			driver.findElement(By.id("submit")).click();

			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
			assertThat(citizen.text(By.id("kind"))).isEqualTo("政府信息更正申请");
			assertThat(citizen.text(By.id("correction-sought"))).isEqualTo("出生日期应为1949年12月31日");
			var trackingUrl = driver.getCurrentUrl();
			long id = Long.parseLong(trackingUrl.substring(trackingUrl.lastIndexOf('/') + 1));

			var editor = RealServers.token("editor1");
			completeTask(editor, id, "Task_ConfirmReceipt", Map.of());
			completeTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));

			clerk.signIn(url("/workbench?kind=request&q=" + id), "clerk1");
			var row = clerk.wait.until(ExpectedConditions.presenceOfElementLocated(
					By.xpath("//table[@id='tasks']//tr[td[2][normalize-space()='" + id + "']]")));
			assertThat(row.getText()).as("the inbox names the request and marks it a correction")
				.contains("承办并拟定答复", "本人企业职工基本养老保险参保登记信息", "更正申请");
			clerk.driver.get(url("/workbench/requests/" + id));
			assertThat(clerk.text(By.id("kind"))).contains("政府信息更正申请", "第四十一条");
			assertThat(clerk.text(By.id("correction-sought"))).isEqualTo("出生日期应为1949年12月31日");
			assertThat(clerk.text(By.id("correction-notice"))).contains("不适用收费");
			assertThat(clerk.driver.findElements(By.id("replyType"))).as("no disclosure reply types").isEmpty();
			new Select(clerk.driver.findElement(By.id("correctionOutcome"))).selectByValue("CORRECTED");
			clerk.driver.findElement(By.id("complete")).click();
			assertThat(clerk.text(By.cssSelector(".flash.error"))).contains("请写明更正的内容");
			clerk.driver.get(url("/workbench/requests/" + id));
			new Select(clerk.driver.findElement(By.id("correctionOutcome"))).selectByValue("CORRECTED");
			clerk.driver.findElement(By.id("correctionNote")).sendKeys("已将参保登记的出生日期更正为1949年12月31日。");
			clerk.driver.findElement(By.id("complete")).click();
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
			clerk.driver.get(url("/workbench/requests/" + id));
			assertThat(clerk.text(By.id("outcome"))).isEqualTo("予以更正");
			assertThat(clerk.text(By.id("timeline"))).contains("承办部门拟定更正处理意见");

			completeTask(RealServers.token("head1"), id, "Task_DepartmentReview", Map.of("approved", true));
			completeTask(RealServers.token("leader1"), id, "Task_SignOff", Map.of("approved", true));
			var applicant = RealServers.token("applicant1");
			eventually(Duration.ofSeconds(30), () -> get("/api/requests/" + id, applicant),
					r -> "REPLIED".equals(r.json().get("status").asText()));

			driver.get(trackingUrl);
			assertThat(citizen.text(By.id("status"))).isEqualTo("已答复");
			assertThat(citizen.text(By.id("outcome"))).isEqualTo("予以更正");
			assertThat(citizen.text(By.id("reply-letter"))).isEqualTo("政府信息更正申请答复告知书（PDF）");
			driver.get(url("/requests"));
			assertThat(citizen.text(By.tagName("main"))).as("我的申请 marks the correction and its outcome")
				.contains("本人企业职工基本养老保险参保登记信息 更正申请", "已答复：予以更正");

			clerk.driver.get(url("/workbench"));
			clerk.driver.findElement(By.id("register-link")).click();
			clerk.driver.findElement(By.id("q")).sendKeys("本人企业职工基本养老保险");
			new Select(clerk.driver.findElement(By.id("kind"))).selectByValue("CORRECTION");
			clerk.driver.findElement(By.id("search")).click();
			clerk.wait.until(ExpectedConditions.urlContains("kind=CORRECTION"));
			assertThat(clerk.text(By.id("register-" + id))).contains("政府信息更正申请", "王五", "市发展和改革委员会", "已答复", "予以更正");
			var export = clerk.driver.findElement(By.id("register-export")).getAttribute("href");
			var xlsx = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(export))
					.header("Cookie", "JSESSIONID=" + clerk.driver.manage().getCookieNamed("JSESSIONID").getValue())
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(xlsx.statusCode()).isEqualTo(200);
			try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
				var sheet = workbook.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("申请类型");
				assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).as("the filter applies to the export")
					.isEqualTo("政府信息更正申请");
				assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("予以更正");
			}
		}
	}
}
