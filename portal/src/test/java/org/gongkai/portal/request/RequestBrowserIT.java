package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.gongkai.portal.PortalIT;
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
 * the due date on the tracking page.
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

		driver.findElement(By.id("applicantName")).sendKeys("李四");
		driver.findElement(By.id("idNumber")).sendKeys("110105194912310021");
		driver.findElement(By.id("phone")).sendKeys("13912345678");
		driver.findElement(By.id("title")).sendKeys("城市老旧管网改造项目清单");
		driver.findElement(By.id("description")).sendKeys("申请公开2026年城市老旧管网改造项目清单及资金安排。");
		new Select(driver.findElement(By.id("deliveryMethod"))).selectByValue("ONLINE");
		var scan = Files.createTempFile("id-scan", ".pdf");
		Files.writeString(scan, "%PDF-1.4\n% scanned identity document\n%%EOF\n", StandardCharsets.ISO_8859_1);
		driver.findElement(By.id("files")).sendKeys(scan.toString());
		driver.findElement(By.id("submit")).click();

		assertThat(citizen.text(By.cssSelector(".field-error"))).contains("证件号码不正确");
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

		office.signIn(url("/workbench"), "editor1");
		var row = office.wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//table[@id='tasks']//tr[td[2][normalize-space()='" + requestId + "']]")));
		assertThat(row.getText()).contains("确认收到申请");
		row.findElement(By.linkText("办理")).click();
		assertThat(office.text(By.tagName("main"))).contains("城市老旧管网改造项目清单", "11010519491231002X");
		office.driver.findElement(By.id("complete")).click();
		office.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));

		driver.get(trackingUrl);
		assertThat(citizen.text(By.id("status"))).isEqualTo("已受理");
		assertThat(citizen.text(By.id("receiptNo"))).matches("GK\\d{4}-\\d{6}");
		assertThat(citizen.text(By.id("due"))).containsPattern("\\d{4}-\\d{2}-\\d{2}").contains("个工作日");
		assertThat(citizen.text(By.cssSelector(".timeline"))).contains("提交申请", "确认收到，发放受理编号");
	}
}
