package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The page forms in Chromium say what is wrong with an implausible value and store nothing: 代为登记 of
 * a letter received in year 1 or for an account Keycloak does not know, an emergency in year 1.
 */
class ImplausibleValuesBrowserIT extends RequestApiIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOfflineFormRefusesYearOneAndAnUnknownAccount() throws Exception {
		long before = count("disclosure_request");
		try (var office = new Browser()) {
			office.signIn(url("/workbench/requests/new"), "editor1");
			var driver = office.driver;
			office.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "代为登记：申请政府信息公开"));
			driver.findElement(By.id("applicantName")).sendKeys("赵大爷");
			driver.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
			driver.findElement(By.id("phone")).sendKeys("010-66778899");
			driver.findElement(By.id("address")).sendKeys("北京市东城区某某胡同1号");
			driver.findElement(By.id("title")).sendKeys("本街道老旧小区改造计划");
			driver.findElement(By.id("description")).sendKeys("来信申请公开本街道老旧小区改造计划。");
			new Select(driver.findElement(By.id("channel"))).selectByValue("LETTER");
			set(driver, "receivedOn", "0001-01-01");
			driver.findElement(By.id("submit")).click();
			office.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offline-error")));
			assertThat(office.text(By.id("offline-error"))).contains("30天", "历史申请导入");

			set(driver, "receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
			driver.findElement(By.id("applicantUser")).clear();
			driver.findElement(By.id("applicantUser")).sendKeys("nobody-at-all");
			driver.findElement(By.id("submit")).click();
			office.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline-error"), "nobody-at-all"));
			assertThat(office.text(By.tagName("h1"))).startsWith("代为登记");
		}
		assertThat(count("disclosure_request")).isEqualTo(before);
	}

	@Test
	void theEmergencyFormRefusesAnEventInYearOne() throws Exception {
		long before = count("emergency_event");
		try (var clerk = new Browser()) {
			clerk.signIn(url("/reports/emergencies/new"), "clerk1");
			var driver = clerk.driver;
			clerk.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "报送紧急事件"));
			driver.findElement(By.id("name")).sendKeys("城区燃气管道泄漏");
			set(driver, "occurredAt", "0001-01-01T08:00");
			driver.findElement(By.id("location")).sendKeys("建设路与解放路交叉口");
			driver.findElement(By.id("summary")).sendKeys("燃气管道被施工挖断，周边已疏散，抢修中。");
			driver.findElement(By.id("author")).sendKeys("李明");
			driver.findElement(By.id("phone")).sendKeys("13800000000");
			driver.findElement(By.id("file-emergency")).click();
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElement(By.id("occurredAt")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(clerk.text(By.tagName("main"))).contains("发生时间应在366天之内");
		}
		assertThat(count("emergency_event")).isEqualTo(before);
	}

	private static void set(WebDriver driver, String id, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
				value);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
