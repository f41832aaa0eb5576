package org.gongkai.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In Debian's Chromium, on the demo's open consultation: an anonymous visitor sees the draft, the shown
 * comments and a sign-in link; a citizen signs in and comments (a blank comment gets a field message) and sees
 * it awaiting moderation; the office's editor shows it from the consultation's case page; the public page then
 * shows it.
 */
class ConsultationBrowserIT extends PortalIT {

	static final String DEMO_TITLE = "关于进一步优化营商环境若干措施（征求意见稿）";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_consultation_browser", registry);
	}

	@Test
	void aCitizenCommentsAndTheOfficeModeratesIt() throws Exception {
		long id = -1;
		for (var c : get("/api/consultations?status=OPEN", null).json()) {
			if (DEMO_TITLE.equals(c.get("title").asText())) {
				id = c.get("id").asLong();
			}
		}
		assertThat(id).as("the demo's open consultation").isPositive();
		var page = url("/consultations/" + id);
		var text = "建议在措施中明确政策兑现的办理时限（浏览器测试）。";

		try (var citizen = new Browser()) {
			var driver = citizen.driver;
			driver.get(url("/consultations"));
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consultation-list")));
			assertThat(citizen.text(By.id("consultation-list"))).contains(DEMO_TITLE).contains("征求意见中");
			driver.findElement(By.linkText(DEMO_TITLE)).click();
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-to-comment")));
			assertThat(citizen.text(By.id("comments-title"))).contains("2");
			assertThat(driver.findElements(By.cssSelector("#documents a"))).hasSize(2);
			driver.findElement(By.id("sign-in-to-comment")).click();
			citizen.logIn("applicant1");

			driver.get(page);
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-comment")));
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
					"document.getElementById('text').removeAttribute('required'); document.getElementById('text').value = '   ';");
			driver.findElement(By.id("submit-comment")).click();
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text-error")));

			driver.findElement(By.id("text")).sendKeys(text);
			var submit = driver.findElement(By.id("submit-comment"));
			submit.click();
			citizen.awaitGone(submit);
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
			assertThat(citizen.text(By.id("my-comments"))).contains(text).contains("待审核");
			assertThat(citizen.text(By.id("comments"))).doesNotContain(text);
		}

		try (var editor = new Browser()) {
			var driver = editor.driver;
			editor.signIn(url("/workbench/consultations/" + id), "editor1");
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
			WebElement task = driver.findElements(By.cssSelector("#tasks .task"))
				.stream()
				.filter(t -> t.getText().contains(text))
				.findFirst()
				.orElseThrow();
			task.findElement(By.cssSelector("input[name=accepted][value=true]")).click();
			var complete = task.findElement(By.cssSelector("button.complete"));
			complete.click();
			editor.awaitGone(complete);
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
			assertThat(editor.text(By.id("all-comments"))).contains(text).contains("已展示");
		}

		try (var visitor = new Browser()) {
			visitor.driver.get(page);
			assertThat(visitor.text(By.id("comments"))).contains(text);
			assertThat(visitor.text(By.id("comments-title"))).contains("3");
		}
	}
}
