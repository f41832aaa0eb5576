package org.gongkai.portal.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In Debian's Chromium: the office registers a suggestion (after a field error) for fgw with jyj assisting,
 * jyj sends its opinion, fgw's reply is refused until its clerk records the 面商, the head approves, the
 * leader signs off, the office records 满意, the secrecy reviewer approves, and the public page shows the
 * reply.
 */
class DeputyProposalBrowserIT extends PortalIT {

	private static final String SUBJECT = "关于增加社区养老服务站点的建议";

	@Test
	void officeRegistersUnitsHandleAndThePublicReadsTheReply() throws Exception {
		long id;
		try (var editor = new Browser()) {
			editor.signIn(url("/workbench/proposals"), "editor1");
			var driver = editor.driver;
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-form")));
			driver.findElement(By.id("sessionName")).sendKeys("十六届人大五次会议");
			driver.findElement(By.id("number")).sendKeys("第" + System.nanoTime() % 1000000 + "号");
			driver.findElement(By.id("submitters")).sendKeys("钱敏代表");
			driver.findElement(By.id("text")).sendKeys("建议每个社区设立养老服务站。");
			new Select(driver.findElement(By.id("leadUnits"))).selectByValue("fgw");
			new Select(driver.findElement(By.id("assistUnits"))).selectByValue("jyj");
			driver.findElement(By.id("register-submit")).click();
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElement(By.id("subject")).getAttribute("aria-invalid")).isEqualTo("true");

			driver.findElement(By.id("subject")).sendKeys(SUBJECT);
			var leads = new Select(driver.findElement(By.id("leadUnits")));
			assertThat(leads.getAllSelectedOptions()).as("the form keeps what was chosen").hasSize(1);
			driver.findElement(By.id("register-submit")).click();
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
			id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/workbench/proposals/(\\d+).*", "$1"));
			assertThat(editor.text(By.id("proposal-status"))).isEqualTo("待协办意见");
		}

		try (var assist = new Browser()) {
			assist.signIn(url("/workbench/proposals/" + id), "clerk2");
			var driver = assist.driver;
			var form = assist.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-Task_ProposalAssistOpinion")));
			form.findElement(By.name("opinion")).sendKeys("同意，建议结合学校周边社区统筹布点。");
			submit(assist, "complete-Task_ProposalAssistOpinion");
			assertThat(assist.text(By.id("opinions"))).contains("结合学校周边社区");
			assertThat(driver.findElements(By.id("consultation-form"))).as("an assisting unit records no 面商").isEmpty();
		}

		try (var lead = new Browser()) {
			lead.signIn(url("/workbench/proposals/" + id), "clerk1");
			var driver = lead.driver;
			lead.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-Task_ProposalReply")));
			fillReply(lead);
			submit(lead, "complete-Task_ProposalReply");
			assertThat(lead.text(By.cssSelector(".flash.error"))).contains("面商");

			driver.findElement(By.id("participants")).sendKeys("钱敏代表、发改委社会处李处长");
			driver.findElement(By.id("consultationNote")).sendKeys("当面沟通站点布局");
			submit(lead, "consultation-submit");
			assertThat(lead.text(By.id("consultations"))).contains("钱敏代表");
			fillReply(lead);
			submit(lead, "complete-Task_ProposalReply");
			assertThat(lead.text(By.cssSelector(".flash.ok"))).isEqualTo("已办理完毕。");
		}

		review("head1", id, "complete-Task_ProposalReview");
		review("leader1", id, "complete-Task_ProposalSignOff");

		try (var editor = new Browser()) {
			editor.signIn(url("/workbench/proposals/" + id), "editor1");
			var driver = editor.driver;
			editor.wait.until(ExpectedConditions.textToBe(By.id("proposal-status"), "已答复，待反馈"));
			driver.findElement(By.cssSelector("#form-Task_ProposalRecordSatisfaction input[value=SATISFIED]")).click();
			submit(editor, "complete-Task_ProposalRecordSatisfaction");
			assertThat(editor.text(By.id("proposal-satisfaction"))).isEqualTo("满意");
		}

		review("secrecy1", id, "complete-Task_ProposalSecrecyReview");

		try (var visitor = new Browser()) {
			var driver = visitor.driver;
			driver.get(url("/proposals?kind=SUGGESTION"));
			visitor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-" + id)));
			assertThat(visitor.text(By.id("proposal-" + id))).contains(SUBJECT).contains("A类");
			driver.findElement(By.linkText(SUBJECT)).click();
			assertThat(visitor.text(By.id("proposal-reply"))).contains("新建社区养老服务站 30 个");
			driver.get(url("/proposals/summary"));
			assertThat(visitor.text(By.id("summary-table"))).contains("人大代表建议");
		}
	}

	private void fillReply(Browser browser) {
		var form = browser.driver.findElement(By.id("form-Task_ProposalReply"));
		form.findElement(By.cssSelector("input[name=replyClass][value=A]")).click();
		form.findElement(By.name("replyText")).sendKeys("已列入民生实事，今年新建社区养老服务站 30 个。");
	}

	private void review(String user, long id, String button) throws Exception {
		try (var reviewer = new Browser()) {
			reviewer.signIn(url("/workbench/proposals/" + id), user);
			var buttonElement = reviewer.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(button)));
			buttonElement.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("input[name=approved][value=true]")).click();
			submit(reviewer, button);
			assertThat(reviewer.text(By.cssSelector(".flash.ok"))).isEqualTo("已办理完毕。");
		}
	}

	/** Clicks the button and waits for the next page, so that a flash read after it is the new page's. */
	private static void submit(Browser browser, String buttonId) {
		var button = browser.driver.findElement(By.id(buttonId));
		button.click();
		browser.awaitGone(button);
	}
}
