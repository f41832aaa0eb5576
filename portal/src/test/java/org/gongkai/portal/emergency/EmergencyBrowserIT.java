package org.gongkai.portal.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.report.ReportPortalIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In Debian's Chromium: a unit's clerk files an emergency event with its 初报 through the form (after
 * a field error), then the 终报 on the event's page; the office sees it in the list with the time
 * left and closes it on its page.
 */
class EmergencyBrowserIT extends ReportPortalIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_emergency_browser", registry);
	}

	@Test
	void clerkFilesTheChainAndTheOfficeClosesTheEvent() throws Exception {
		long id;
		try (var clerk = new Browser()) {
			clerk.signIn(url("/reports/emergencies/new"), "clerk1");
			var driver = clerk.driver;
			clerk.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "报送紧急事件"));
			var occurred = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5)
				.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
			((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
					driver.findElement(By.id("occurredAt")), occurred);
			driver.findElement(By.id("location")).sendKeys("建设路与解放路交叉口");
			driver.findElement(By.id("summary")).sendKeys("燃气管道被施工挖断，周边已疏散，抢修中。");
			driver.findElement(By.id("author")).sendKeys("李明");
			driver.findElement(By.id("phone")).sendKeys("13800000000");
			driver.findElement(By.id("file-emergency")).click();
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");

			driver.findElement(By.id("name")).sendKeys("城区燃气管道泄漏");
			new Select(driver.findElement(By.id("severity"))).selectByValue("GENERAL");
			driver.findElement(By.id("file-emergency")).click();
			clerk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "紧急事件及初报已报送"));
			id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/reports/emergencies/(\\d+).*", "$1"));
			assertThat(clerk.text(By.id("emergency-status"))).isEqualTo("续报中");
			assertThat(clerk.text(By.id("report-chain"))).contains("初报").contains("电话报告").contains("按时");

			assertThat(new Select(driver.findElement(By.id("report-severity"))).getFirstSelectedOption().getAttribute("value"))
				.as("the report keeps the event's grade unless the unit changes it")
				.isEqualTo("GENERAL");
			driver.findElement(By.id("kind-FINAL")).click();
			driver.findElement(By.id("content")).sendKeys("泄漏点已封堵，恢复供气，无人员伤亡。");
			driver.findElement(By.id("submit-report")).click();
			clerk.wait.until(ExpectedConditions.textToBe(By.id("emergency-status"), "已终报，待信息科办结"));
			assertThat(clerk.text(By.id("report-chain"))).contains("终报");
		}

		try (var editor = new Browser()) {
			editor.signIn(url("/reports/emergencies"), "editor1");
			var driver = editor.driver;
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("emergency-" + id)));
			assertThat(editor.text(By.id("emergency-" + id))).contains("城区燃气管道泄漏").contains("一般（Ⅳ级）")
				.contains("不限时");
			driver.findElement(By.linkText("城区燃气管道泄漏")).click();
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complete-Task_AcknowledgeEvent")));
			driver.findElement(By.id("complete-Task_AcknowledgeEvent")).click();
			editor.wait.until(ExpectedConditions.textToBe(By.id("emergency-status"), "已办结"));
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("登记事件").contains("办结");
		}
	}
}
