package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.system.SiteIdentity;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen without an account in Chromium, on Keycloak's pages in the realm's login theme {@code gongkai}: the
 * sign-in page is the government's, in the portal's language (Chinese unless switched); asked to sign in on the way to the application form, they
 * register with a user name and a mobile number, the e-mail address optional (Keycloak refuses a missing or
 * malformed mobile number on the field), come back to the form as an applicant, file a request and track it.
 */
class SelfRegistrationBrowserIT extends PortalIT {

	private static final String PASSWORD = "Gongkai-2026!";

	@Autowired
	private SiteIdentity site;

	@Test
	void theSignInPageIsTheGovernmentsInChinese() throws Exception {
		try (var citizen = new Browser()) {
			var driver = citizen.driver;
			driver.get(url("/requests/new"));
			citizen.wait.until(ExpectedConditions.urlContains(RealServers.KEYCLOAK_URL + "/realms/gongkai/"));
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
			assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
			assertThat(citizen.text(By.id("kc-header-wrapper"))).as("the government's name, as the portal's header has it")
				.contains(site.government())
				.contains("政府信息公开");
			assertThat(driver.getTitle()).contains(site.government());
			assertThat(citizen.text(By.id("kc-page-title"))).isEqualTo("登录");
			assertThat(citizen.text(By.cssSelector("label[for=username]"))).contains("用户名");
			assertThat(citizen.text(By.cssSelector("label[for=password]"))).contains("密码");
			assertThat(citizen.text(By.id("kc-login"))).isEqualTo("登录");

			var emblem = (String) ((JavascriptExecutor) driver).executeScript(
					"return getComputedStyle(document.getElementById('kc-header-wrapper'), '::before').backgroundImage");
			assertThat(emblem).contains("/login/gongkai/img/emblem.svg");
			var image = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(emblem.replaceAll("^url\\(\"?|\"?\\)$", ""))).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(image.statusCode()).isEqualTo(200);
			assertThat(image.body()).contains("<svg");
			assertThat((String) ((JavascriptExecutor) driver)
				.executeScript("return getComputedStyle(document.querySelector('.pf-v5-c-login__header')).backgroundColor"))
				.as("the portal's red").isEqualTo("rgb(168, 21, 27)");

			var back = driver.findElement(By.cssSelector("#gongkai-portal-link a"));
			assertThat(back.getText()).isEqualTo("返回政府信息公开首页");
			assertThat(back.getDomAttribute("href")).as("the portal client's base URL").matches("https?://.+/");

			// in English once the visitor has switched the portal to English
			driver.get(url("/?lang=en"));
			driver.get(url("/requests/new"));
			citizen.wait.until(ExpectedConditions.textToBe(By.id("kc-page-title"), "Sign in"));
			assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
			assertThat(citizen.text(By.id("gongkai-portal-link"))).isEqualTo("Back to the government information disclosure portal");
			assertThat(driver.findElement(By.id("kc-login")).isDisplayed()).isTrue();
		}
	}

	@Test
	void citizenRegistersWithAMobileNumberAndNoEmail() throws Exception {
		var username = "mobile-" + UUID.randomUUID().toString().substring(0, 8);
		try (var citizen = new Browser()) {
			var driver = citizen.driver;
			openRegistration(citizen);
			assertThat(label(citizen, "lastName")).isEqualTo("姓");
			assertThat(label(citizen, "firstName")).isEqualTo("名");
			assertThat(label(citizen, "phone")).isEqualTo("手机号码");
			assertThat(label(citizen, "email")).isEqualTo("电子邮件");
			assertThat(driver.findElement(By.cssSelector("label[for=email]")).getText()).as("optional").doesNotContain("*");
			assertThat((Boolean) ((JavascriptExecutor) driver).executeScript("""
					const last = document.getElementById('lastName'), first = document.getElementById('firstName');
					return !!(last.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);"""))
				.as("姓 before 名").isTrue();

			// neither e-mail nor phone: Keycloak keeps the form and says so at the phone
			driver.findElement(By.id("username")).sendKeys(username);
			driver.findElement(By.id("lastName")).sendKeys("欧阳");
			driver.findElement(By.id("firstName")).sendKeys("明");
			submit(citizen);
			assertThat(citizen.text(By.id("input-error-phone"))).isNotBlank();
			assertThat(driver.getCurrentUrl()).startsWith(RealServers.KEYCLOAK_URL + "/realms/gongkai/");

			// a malformed mobile number
			driver.findElement(By.id("phone")).sendKeys("1391234567");
			submit(citizen);
			assertThat(citizen.text(By.id("input-error-phone"))).contains("11位中国大陆手机号码");

			driver.findElement(By.id("phone")).clear();
			driver.findElement(By.id("phone")).sendKeys("13912345678");
			submit(citizen);

			citizen.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "申请政府信息公开"));
			assertThat(driver.getCurrentUrl()).startsWith(url("/requests/new"));
			assertThat(citizen.text(By.cssSelector(".site-header .user"))).as("姓名, family name first").isEqualTo("欧阳明");
			assertThat(driver.findElement(By.id("phone")).getDomProperty("value")).as("the phone from the token")
				.isEqualTo("13912345678");
			assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEmpty();
		}
	}

	@Test
	void citizenRegistersOnTheWayToTheFormAndFilesARequest() throws Exception {
		var username = "citizen-" + UUID.randomUUID().toString().substring(0, 8);
		try (var citizen = new Browser()) {
			var driver = citizen.driver;
			openRegistration(citizen);
			driver.findElement(By.id("username")).sendKeys(username);
			driver.findElement(By.id("email")).sendKeys(username + "@example.com");
			driver.findElement(By.id("lastName")).sendKeys("李");
			driver.findElement(By.id("firstName")).sendKeys("明");
			driver.findElement(By.id("phone")).sendKeys("13912345678");
			submit(citizen);

			citizen.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "申请政府信息公开"));
			driver.findElement(By.id("applicantName")).sendKeys("李明");
			driver.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
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

	/** From the application form to Keycloak's sign-in page, and on to its registration form. */
	private void openRegistration(Browser citizen) {
		citizen.driver.get(url("/requests/new"));
		citizen.wait.until(ExpectedConditions.urlContains(RealServers.KEYCLOAK_URL + "/realms/gongkai/"));
		citizen.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#kc-registration a"))).click();
		citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-confirm")));
		assertThat(citizen.text(By.id("kc-page-title"))).isEqualTo("注册账号");
	}

	/** A field's label without the mark of a required field. */
	private static String label(Browser citizen, String field) {
		return citizen.text(By.cssSelector("label[for=" + field + "]")).replace("*", "").strip();
	}

	/** Keycloak empties the password fields of a form it sends back: they are typed on every attempt. */
	private static void submit(Browser citizen) {
		WebDriver driver = citizen.driver;
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("password-confirm")).sendKeys(PASSWORD);
		var form = driver.findElement(By.id("kc-register-form"));
		driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
		// Keycloak hashes the new password (PBKDF2, many iterations): slow on a busy machine
		new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.stalenessOf(form));
	}
}
