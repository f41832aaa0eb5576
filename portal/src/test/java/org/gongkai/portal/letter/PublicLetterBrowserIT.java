package org.gongkai.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In Debian's Chromium: a citizen writes a letter (after a field error) and gets its number; the office
 * forwards it, the clerk replies, the head approves, the office publishes it redacted; the citizen rates the
 * reply; the public list finds it with the writer's name masked.
 */
class PublicLetterBrowserIT extends PortalIT {

	@Test
	void citizenWritesStaffAnswerAndPublishCitizenRatesAndThePublicSeesTheMaskedName() throws Exception {
		var keyword = "噪音" + UUID.randomUUID().toString().substring(0, 6);
		long id;
		try (var citizen = new Browser()) {
			citizen.signIn(url("/letters/new"), "applicant1");
			var driver = citizen.driver;
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-letter")));
			new Select(driver.findElement(By.id("addresseeCode"))).selectByValue("bgs");
			driver.findElement(By.id("text")).sendKeys("光明路夜间施工噪音扰民，我的电话13800000000。");
			driver.findElement(By.id("writerName")).clear();
			driver.findElement(By.id("writerName")).sendKeys("张三丰");
			driver.findElement(By.id("publishable")).click();
			driver.findElement(By.id("submit-letter")).click();
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElement(By.id("subject")).getAttribute("aria-invalid")).isEqualTo("true");

			driver.findElement(By.id("subject")).sendKeys(keyword + "扰民");
			driver.findElement(By.id("submit-letter")).click();
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-no")));
			assertThat(citizen.text(By.cssSelector(".flash.ok"))).contains("留言已提交");
			assertThat(citizen.text(By.id("letter-no"))).matches("\\d{4}-\\d{6}");
			assertThat(citizen.text(By.id("letter-status"))).isEqualTo("待登记");
			id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/me/letters/(\\d+).*", "$1"));
		}

		try (var editor = new Browser()) {
			// from the inbox, found by the letter's id: 办理 opens the letter's case page with the task's form
			editor.signIn(url("/workbench?q=" + id), "editor1");
			var driver = editor.driver;
			var row = editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
					"//table[@id='tasks']//tr[td[2][normalize-space()='" + id + "'] and td[1][starts-with(normalize-space(), '登记留言')]]")));
			row.findElement(By.linkText("办理")).click();
			editor.wait.until(ExpectedConditions.urlContains("/workbench/letters/" + id));
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-forward"))).click();
			new Select(driver.findElement(By.id("forward-department"))).selectByValue("fgw");
			submit(editor, "complete-Task_LetterRegister");
			assertThat(editor.text(By.id("letter-status"))).isEqualTo("已转办，办理中");
		}

		try (var clerk = new Browser()) {
			clerk.signIn(url("/workbench/letters/" + id), "clerk1");
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-text")))
				.sendKeys("已责令施工单位夜间22时后停止作业。");
			submit(clerk, "complete-Task_LetterReply");
			assertThat(clerk.text(By.id("letter-status"))).isEqualTo("答复审核中");
		}

		try (var head = new Browser()) {
			head.signIn(url("/workbench/letters/" + id), "head1");
			head.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-approve"))).click();
			submit(head, "complete-Task_LetterReplyReview");
			assertThat(head.text(By.id("letter-status"))).isEqualTo("已答复");
		}

		try (var editor = new Browser()) {
			editor.signIn(url("/workbench/letters/" + id), "editor1");
			var driver = editor.driver;
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-writer")));
			assertThat(driver.findElement(By.id("public-writer")).getAttribute("value")).isEqualTo("张**");
			var text = driver.findElement(By.id("public-text"));
			text.clear();
			text.sendKeys("光明路夜间施工噪音扰民。");
			submit(editor, "complete-Task_LetterPublicationReview");
			assertThat(editor.text(By.id("main"))).contains("已公开的版本");
		}

		try (var citizen = new Browser()) {
			citizen.signIn(url("/me/letters/" + id), "applicant1");
			var driver = citizen.driver;
			assertThat(citizen.text(By.id("letter-reply"))).contains("22时后停止作业");
			driver.findElement(By.xpath("//input[@name='rating' and @value='SATISFIED']")).click();
			driver.findElement(By.id("rating-comment")).sendKeys("处理及时");
			var button = driver.findElement(By.id("submit-rating"));
			button.click();
			citizen.awaitGone(button);
			assertThat(citizen.text(By.cssSelector(".flash.ok"))).contains("评价已提交");
			assertThat(citizen.text(By.id("letter-rating"))).contains("满意");
			assertThat(driver.findElements(By.id("rating-form"))).as("rated once").isEmpty();

			driver.get(url("/letters?q=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8)));
			var table = citizen.text(By.id("published-letters"));
			assertThat(table).contains(keyword).contains("张**").doesNotContain("张三丰");
			driver.findElement(By.partialLinkText(keyword)).click();
			assertThat(citizen.text(By.id("letter-writer"))).isEqualTo("张**");
			assertThat(citizen.text(By.id("letter-text"))).doesNotContain("13800000000");
		}
	}

	/** Submits the task form and waits for the case page to come back with the confirmation. */
	private static void submit(Browser staff, String buttonId) {
		var button = staff.driver.findElement(By.id(buttonId));
		button.click();
		staff.awaitGone(button);
		staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
	}
}
