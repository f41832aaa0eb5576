package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A citizen without an account in Chromium: asked to sign in on the way to the application form, they
 * register on Keycloak's page, come back to the form as an applicant, file a request and track it.
 */
class SelfRegistrationBrowserIT extends PortalIT {

	@Test
	void citizenRegistersOnTheWayToTheFormAndFilesARequest() throws Exception {
		var username = "citizen-" + UUID.randomUUID().toString().substring(0, 8);
		try (var citizen = new Browser()) {
			var driver = citizen.driver;
			driver.get(url("/requests/new"));
			citizen.wait.until(ExpectedConditions.urlContains(RealServers.KEYCLOAK_URL + "/realms/gongkai/"));
			citizen.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kc-registration a"))).click();
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-confirm")));
			driver.findElement(By.id("username")).sendKeys(username);
			driver.findElement(By.id("email")).sendKeys(username + "@example.com");
			driver.findElement(By.id("firstName")).sendKeys("明");
			driver.findElement(By.id("lastName")).sendKeys("李");
			driver.findElement(By.id("password")).sendKeys("Gongkai-2026!");
			driver.findElement(By.id("password-confirm")).sendKeys("Gongkai-2026!");
			driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();

			citizen.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "申请政府信息公开"));
			driver.findElement(By.id("applicantName")).sendKeys("李明");
			driver.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
			driver.findElement(By.id("phone")).sendKeys("13912345678");
			driver.findElement(By.id("title")).sendKeys("社区养老服务设施布局规划");
			driver.findElement(By.id("description")).sendKeys("申请公开本区社区养老服务设施布局规划及其批复。");
			driver.findElement(By.id("submit")).click();

			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
			assertThat(citizen.text(By.id("status"))).isEqualTo("已提交，待确认收到");
			driver.get(url("/requests"));
			assertThat(citizen.text(By.tagName("main"))).as("the new account's own requests")
				.contains("社区养老服务设施布局规划")
				.doesNotContain("2026年市级财政专项资金分配结果");
		}
	}
}
