package org.gongkai.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Accessibility;
import org.gongkai.portal.browser.Browser;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbench in Chromium: a clerk filters the inbox by due band and kind and sorts it, proposes a reply
 * with a form that shows only the chosen action's fields, lands on the case page with the result and the
 * next task of the same kind; the office sees role names in Chinese, a receipt task without a return field,
 * and its reminders as one line per kind that it snoozes and dismisses.
 */
class WorkbenchInboxBrowserIT extends PortalIT {

	@Autowired
	FileDisclosureRequest file;

	@Autowired
	ReminderMutes mutes;

	private Browser browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		// other tests see the office's reminders as they were
		mutes.deleteAll(mutes.findByUserName("editor1"));
	}

	@Test
	void clerkFiltersAndSortsTheInboxAndProposesAReply() throws Exception {
		var clerk = RealServers.token("clerk1");
		var overdueItem = draft(clerk, "去年的通知", "2025-04-01");
		var recentItem = draft(clerk, "昨天的通知", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
		long first = assignedRequest("第一件浏览器申请");
		long second = assignedRequest("第二件浏览器申请");

		browser = new Browser();
		browser.signIn(url("/workbench"), "clerk1");
		var driver = browser.driver;
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-filters")));
		assertThat(browser.text(By.cssSelector("p.who"))).contains("部门经办人").doesNotContain("clerk、", "（角色：clerk");
		Accessibility.assertNoSeriousViolations(driver);

		// the suite's shared database fills more than a page: find the case, then filter
		driver.findElement(By.id("filter-q")).sendKeys(overdueItem);
		new Select(driver.findElement(By.id("filter-due"))).selectByValue("overdue");
		driver.findElement(By.id("filter-apply")).click();
		browser.wait.until(ExpectedConditions.urlContains("due=overdue"));
		assertThat(driver.getCurrentUrl()).contains("q=" + overdueItem);
		var overdueRows = rows();
		assertThat(overdueRows).isNotEmpty();
		assertThat(overdueRows).extracting(row -> row.getDomAttribute("data-due"))
			.allSatisfy(due -> assertThat(LocalDate.parse(due)).isBefore(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
		assertThat(overdueRows).extracting(row -> row.getDomAttribute("data-case")).contains(overdueItem)
			.doesNotContain(recentItem);

		driver.findElement(By.id("filter-clear")).click();
		browser.wait.until(ExpectedConditions.urlToBe(url("/workbench")));
		driver.get(url("/workbench?q=" + java.net.URLEncoder.encode("浏览器申请", java.nio.charset.StandardCharsets.UTF_8)));
		driver.findElement(By.cssSelector("#kinds a[data-kind=request]")).click();
		browser.wait.until(ExpectedConditions.urlContains("kind=request"));
		assertThat(driver.findElement(By.cssSelector("#kinds a[data-kind=request]")).getDomAttribute("aria-current"))
			.isEqualTo("page");
		assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.getDomAttribute("data-kind")).isEqualTo("request"));
		assertThat(rows()).extracting(row -> row.getDomAttribute("data-case"))
			.contains(String.valueOf(first), String.valueOf(second));
		var dues = rows().stream().map(row -> row.getDomAttribute("data-due")).toList();
		assertThat(dues).as("by due date by default").isSorted();

		driver.findElement(By.id("sort-created")).click();
		browser.wait.until(ExpectedConditions.urlContains("sort=created"));
		assertThat(driver.findElement(By.id("sort-created")).findElement(By.xpath("..")).getDomAttribute("aria-sort"))
			.isEqualTo("ascending");
		var ascending = rows().stream().map(row -> row.getDomAttribute("data-case")).toList();
		assertThat(ascending.indexOf(String.valueOf(first))).isLessThan(ascending.indexOf(String.valueOf(second)));
		driver.findElement(By.id("sort-created")).click();
		browser.wait.until(ExpectedConditions.urlContains("dir=desc"));
		assertThat(driver.getCurrentUrl()).contains("kind=request");
		var descending = rows().stream().map(row -> row.getDomAttribute("data-case")).toList();
		assertThat(descending.indexOf(String.valueOf(second))).isLessThan(descending.indexOf(String.valueOf(first)));

		// the reply form: only the chosen action's fields, the others hidden and not submitted
		driver.get(url("/workbench/requests/" + first));
		var replyType = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("replyType")));
		assertThat(replyType.isDisplayed()).isTrue();
		var extensionDays = driver.findElement(By.id("extensionDays"));
		assertThat(extensionDays.isDisplayed()).isFalse();
		assertThat(extensionDays.isEnabled()).isFalse();
		assertThat(driver.findElement(By.id("consultedParty")).isDisplayed()).isFalse();
		var extend = driver.findElement(By.cssSelector("input[name=decision][value=EXTEND]"));
		assertThat(extend.getDomAttribute("aria-controls")).isNotBlank();
		extend.click();
		assertThat(extensionDays.isDisplayed()).isTrue();
		assertThat(extensionDays.isEnabled()).isTrue();
		assertThat(replyType.isDisplayed()).isFalse();
		assertThat(replyType.isEnabled()).isFalse();
		driver.findElement(By.cssSelector("input[name=decision][value=PROPOSE]")).click();
		assertThat(replyType.isDisplayed()).isTrue();
		assertThat(extensionDays.isDisplayed()).isFalse();
		Accessibility.assertNoSeriousViolations(driver);
		new Select(replyType).selectByValue("DISCLOSE");
		driver.findElement(By.id("replyNote")).sendKeys("经审查，予以公开。");
		driver.findElement(By.id("complete")).click();

		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已办理完毕"));
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/workbench/requests/" + first));
		assertThat(browser.text(By.id("current"))).contains("部门负责人审核");
		var next = driver.findElement(By.id("next-task"));
		assertThat(next.getText()).contains("下一个同类任务", "承办并拟定答复");
		assertThat(driver.findElement(By.id("back-to-workbench")).getText()).isEqualTo("返回工作台");
		next.click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("replyType")));
		assertThat(browser.text(By.tagName("main"))).contains("第", "申请");
	}

	@Test
	void theOfficeSeesRoleNamesNoReturnFieldOnReceiptAndGroupedReminders() throws Exception {
		var form = new ApplicationForm(ApplicantType.NATURAL_PERSON, "钱七", "11010519491231002X", null, null,
				"13812345678", null, null, null, "确认收到的申请", null, "申请公开确认收到测试。", DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, null, null);
		long id = file.file(form, List.of(), "applicant1").getId();
		mutes.deleteAll(mutes.findByUserName("editor1"));

		browser = new Browser();
		browser.signIn(url("/workbench"), "editor1");
		var driver = browser.driver;
		assertThat(browser.text(By.cssSelector("p.who"))).contains("办公室编辑").doesNotContain("office-editor");

		var reminders = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reminders")));
		var annual = reminders.findElement(By.id("reminders-annual"));
		assertThat(annual.findElement(By.cssSelector("summary")).getText()).matches("\\d+ 份年度报告逾期未发布，最久 \\d+ 天");
		assertThat(driver.findElements(By.cssSelector(".annual-reminders"))).as("no banner per report").isEmpty();
		var listed = annual.findElements(By.cssSelector("li[data-key]"));
		assertThat(listed).as("folded until asked").allSatisfy(li -> assertThat(li.isDisplayed()).isFalse());
		annual.findElement(By.cssSelector("summary")).click();
		var firstReminder = annual.findElement(By.cssSelector("li[data-key]"));
		assertThat(firstReminder.isDisplayed()).isTrue();
		var key = firstReminder.getDomAttribute("data-key");
		Accessibility.assertNoSeriousViolations(driver);
		assertThat(firstReminder.findElement(By.tagName("a")).getDomAttribute("href")).startsWith("/workbench/annual-reports/");
		firstReminder.findElement(By.cssSelector("button[value=week]")).click();
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已暂缓提醒"));
		assertThat(driver.findElements(By.cssSelector("li[data-key='" + key + "']"))).isEmpty();
		assertThat(driver.findElements(By.id("reminders-annual"))).hasSize(1);

		driver.findElement(By.cssSelector("#reminders-annual .group-mute button[value=dismiss]")).click();
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "不再提醒"));
		assertThat(driver.findElements(By.id("reminders-annual"))).isEmpty();

		driver.get(url("/workbench/requests/" + id));
		assertThat(browser.text(By.id("current"))).contains("确认收到申请", "（待办公室编辑认领）").doesNotContain("office-editor");
		var decision = driver.findElement(By.cssSelector("form.decision"));
		assertThat(decision.getText()).doesNotContain("退回");
		assertThat(decision.findElement(By.cssSelector("label[for=taskComment]")).getText()).isEqualTo("意见");
		decision.findElement(By.id("complete")).click();
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已办理完毕"));
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/workbench/requests/" + id));
		assertThat(browser.text(By.id("current"))).contains("登记审查");
		assertThat(driver.findElements(By.id("next-task"))).as("a further task on this case for the office").isEmpty();
		assertThat(driver.findElement(By.id("back-to-workbench")).isDisplayed()).isTrue();
	}

	private List<WebElement> rows() {
		return browser.driver.findElements(By.cssSelector("#tasks tbody tr[data-kind]"));
	}

	private String draft(String clerk, String title, String writtenDate) {
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "工作台浏览器测试。");
		item.put("body", "工作台浏览器测试的正文。");
		item.put("issuer", "市发展和改革委员会");
		item.put("writtenDate", writtenDate);
		item.put("columnCode", "livelihood");
		item.put("genre", "通知");
		var created = post("/api/catalogue/items", clerk, item);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asText();
	}

	private long assignedRequest(String title) {
		var form = new ApplicationForm(ApplicantType.NATURAL_PERSON, "孙八", "11010519491231002X", null, null,
				"13812345678", null, null, null, title, null, "申请公开" + title + "。", DeliveryForm.ELECTRONIC,
				DeliveryMethod.ONLINE, false, null, null);
		long id = file.file(form, List.of(), "applicant1").getId();
		var editor = RealServers.token("editor1");
		completeOpenTask(editor, id, "Task_ConfirmReceipt", Map.of());
		completeOpenTask(editor, id, "Task_RegisterRequest", Map.of("decision", "ASSIGN", "departmentCode", "fgw"));
		return id;
	}
}
