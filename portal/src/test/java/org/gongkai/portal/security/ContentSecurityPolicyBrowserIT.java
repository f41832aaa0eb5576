package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Chromium opens the pages that run scripts under the Content-Security-Policy: the scripts still work
 * (suggestions while typing, the charts, the API documentation) and the console reports nothing refused. Signing out, a form
 * whose POST is redirected on to Keycloak, is not refused either.
 */
class ContentSecurityPolicyBrowserIT extends PortalIT {

	@Test
	void suggestionsWorkUnderThePolicy() throws Exception {
		try (var browser = new Browser()) {
			var driver = browser.driver;
			driver.get(url("/"));
			assertThat(policyOf("/")).contains("script-src 'self';");
			driver.findElement(By.id("q")).sendKeys("zfxx");
			browser.wait.until(d -> (Long) ((JavascriptExecutor) d)
				.executeScript("return document.querySelectorAll('#q-suggestions option').length") > 0);
			driver.get(url("/catalogue?q=" + encode("信息公开")));
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
			driver.findElement(By.cssSelector(".hit h3 a")).click();
			browser.wait.until(ExpectedConditions.urlContains("/catalogue/items/"));
			assertThat(refused(browser)).isEmpty();
		}
	}

	@Test
	void chartsAndFormsWorkForStaffUnderThePolicy() throws Exception {
		try (var browser = new Browser()) {
			var driver = browser.driver;
			browser.signIn(url("/reports/rankings?period=" + YearMonth.now(ZoneId.of("Asia/Shanghai"))), "admin");
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
			if (driver.findElements(By.id("ranking-no-data")).isEmpty()) {
				browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ranking-chart g.bar rect")));
			}
			driver.get(url("/workbench/statistics"));
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-requests g.bar rect")));
			driver.get(url("/workbench"));
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
			assertThat(refused(browser)).isEmpty();

			// signing out posts a form that is redirected to Keycloak and back home
			driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href$='/oauth2/authorization/keycloak']")));
			assertThat(refused(browser)).isEmpty();
		}
	}

	@Test
	void theRequestFormWorksForAnApplicantUnderThePolicy() throws Exception {
		try (var browser = new Browser()) {
			browser.signIn(url("/requests/new"), "applicant1");
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("form")));
			assertThat(policyOf("/requests/new")).contains("object-src 'none'");
			assertThat(refused(browser)).isEmpty();
		}
	}

	@Test
	void theApiDocumentationWorksUnderThePolicy() throws Exception {
		try (var browser = new Browser()) {
			browser.driver.get(url("/swagger-ui/index.html"));
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
			assertThat(policyOf("/swagger-ui/index.html")).contains("script-src 'self';");
			assertThat(refused(browser)).isEmpty();
		}
	}

	/** The policy a page is served with (the same signed in or not). */
	private String policyOf(String path) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.discarding());
		return response.headers().firstValue("Content-Security-Policy").orElse("");
	}

	/** What the console says the policy refused since the last look. */
	private static List<String> refused(Browser browser) {
		return browser.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
			.toList();
	}
}
