package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Accessibility;
import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.browser.Screenshots;
import org.gongkai.portal.demo.DemoData;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole citizen path in Chromium, on a desktop and on a 390-px phone: home → 指南 → search → 依申请公开 → the
 * online form with its "already published?" suggestion → filing → the 受理编号 and 查询码 → the lookup without an
 * account → the tracking page, every page scanned by axe-core and, on the phone, without sideways scrolling. With
 * {@code -Dgongkai.screenshots=…} it also takes the screenshots of {@code docs/citizen.md}.
 */
class CitizenPathBrowserIT extends RequestApiIT {

	/** A word no other test publishes, in the title of the item the form suggests. */
	private static final String WORD = "琥珀溪";

	private static final String ITEM_TITLE = WORD + "湿地公园保护规划（2026—2035年）";

	/** The published item, shared by both window sizes. */
	private static Long itemId;

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	SubmitDraft submit;

	@Autowired
	TaskInbox inbox;

	@ParameterizedTest(name = "{0} ({1}×{2})")
	@CsvSource({ "desktop, 1280, 1000", "phone, 390, 844" })
	void aCitizenFindsAppliesFilesAndTracksARequest(String size, int width, int height) throws Exception {
		long item = publishedItem();
		boolean phone = width < 600;
		try (var citizen = new Browser(); var visitor = new Browser()) {
			var driver = citizen.driver;
			driver.manage().window().setSize(new Dimension(width, height));

			// home, as an anonymous visitor
			driver.get(url("/"));
			check(citizen, phone, "home");
			Screenshots.save(citizen, "home-" + size, 0, phone ? 1700 : 1100);

			// the 指南, from the home page's link
			driver.findElement(By.id("home-guide")).click();
			citizen.wait.until(ExpectedConditions.urlToBe(url("/guide")));
			assertThat(citizen.text(By.tagName("h1"))).contains("政府信息公开指南");
			check(citizen, phone, "guide");

			// the catalogue from the header, and a search from its box
			driver.findElement(By.cssSelector(".site-header nav a[href='/catalogue']")).click();
			citizen.wait.until(ExpectedConditions.urlToBe(url("/catalogue")));
			driver.findElement(By.id("q")).sendKeys(WORD, Keys.ENTER);
			// the catalogue's first page lists hits too: wait for the answer to the search, not the page before it
			citizen.wait.until(ExpectedConditions.urlContains("q="));
			var hit = citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit h3 a")));
			assertThat(hit.getText()).isEqualTo(ITEM_TITLE);
			assertThat(hit.getAttribute("href")).endsWith("/catalogue/items/" + item);
			check(citizen, phone, "search");

			// 依申请公开 from the header, then the online form, which asks to sign in
			driver.findElement(By.cssSelector(".site-header nav a[href='/apply']")).click();
			citizen.wait.until(ExpectedConditions.urlToBe(url("/apply")));
			check(citizen, phone, "apply");
			driver.findElement(By.id("apply-online")).click();
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
			check(citizen, phone, "Keycloak's login");
			citizen.logIn("applicant1");
			citizen.wait.until(ExpectedConditions.urlContains("/requests/new"));
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
			check(citizen, phone, "form");
			Screenshots.save(citizen, "form-" + size, 0, phone ? 1700 : 1100);

			// a title like the published item's: the form suggests it
			driver.findElement(By.id("title")).sendKeys(WORD + "湿地公园");
			var suggestion = citizen.wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector("#published-suggestions-list a")));
			assertThat(citizen.text(By.id("published-suggestions"))).contains("以下已公开的信息可能就是您要找的", ITEM_TITLE);
			assertThat(suggestion.getAttribute("href")).endsWith("/catalogue/items/" + item);
			check(citizen, phone, "form with the suggestion");
			int titleTop = ((Number) js(citizen, "return document.getElementById('title').getBoundingClientRect().top"
					+ " + window.scrollY")).intValue();
			Screenshots.save(citizen, "form-suggestion-" + size, titleTop - 120, phone ? 844 : 700);

			// the citizen wants more than what is published and files anyway
			new Select(driver.findElement(By.id("idType"))).selectByValue("RESIDENT_ID");
			driver.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
			driver.findElement(By.id("phone")).clear();
			driver.findElement(By.id("phone")).sendKeys("13812345678");
			driver.findElement(By.id("title")).sendKeys("保护范围图");
			driver.findElement(By.id("description")).sendKeys("申请公开" + WORD + "湿地公园保护范围的矢量图及其批复文件。");
			click(citizen, driver.findElement(By.id("submit")));
			citizen.wait.until(ExpectedConditions.urlMatches(".*/requests/\\d+$"));
			long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/requests/(\\d+)$", "$1"));
			String code = citizen.text(By.id("queryCode"));
			assertThat(code).as("the 查询码 from the start").matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
			assertThat(citizen.text(By.id("receiptNo"))).as("no number before the office confirms receipt")
				.doesNotStartWith("GK");
			check(citizen, phone, "the request just filed");

			// the office confirms receipt, which gives the 受理编号
			completeTask(RealServers.token("editor1"), id, "Task_ConfirmReceipt", Map.of());
			driver.navigate().refresh();
			String receiptNo = citizen.text(By.id("receiptNo"));
			assertThat(receiptNo).matches("GK\\d{4}-\\d+");
			assertThat(citizen.text(By.id("queryCode"))).isEqualTo(code);
			String status = citizen.text(By.id("status"));
			check(citizen, phone, "the received request");

			// the lookup in another browser, without an account
			visitor.driver.manage().window().setSize(new Dimension(width, height));
			visitor.driver.get(url("/requests/lookup"));
			check(visitor, phone, "lookup");
			visitor.driver.findElement(By.id("no")).sendKeys(receiptNo);
			visitor.driver.findElement(By.id("code")).sendKeys(code);
			click(visitor, visitor.driver.findElement(By.id("lookup-submit")));
			visitor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lookup-result")));
			assertThat(visitor.text(By.id("lookup-status"))).isEqualTo("已受理").isEqualTo(status);
			assertThat(visitor.text(By.id("lookup-title"))).contains(WORD + "湿地公园保护范围图");
			assertThat(visitor.text(By.id("lookup-steps"))).contains("提交申请", "确认收到，发放受理编号");
			assertThat(visitor.driver.getPageSource()).as("no personal data").doesNotContain("11010519491231002X", "张伟");
			check(visitor, phone, "lookup result");

			// and the same status on the signed-in tracking page, reached from 我的申请
			driver.findElement(By.cssSelector(".site-header nav a[href='/requests']")).click();
			citizen.wait.until(ExpectedConditions.urlToBe(url("/requests")));
			check(citizen, phone, "my requests");
			click(citizen, driver.findElement(By.cssSelector("a[href='/requests/" + id + "']")));
			citizen.wait.until(ExpectedConditions.urlToBe(url("/requests/" + id)));
			assertThat(citizen.text(By.id("status"))).isEqualTo(status);
			assertThat(citizen.text(By.id("receiptNo"))).isEqualTo(receiptNo);
		}
	}

	/** Publishes the item the form is to suggest, once for both sizes, and waits until it can be found. */
	private synchronized long publishedItem() throws Exception {
		if (itemId == null) {
			var clerk = new Staff("clerk2", Set.of("clerk"), "jyj");
			var content = new ItemContent(ITEM_TITLE, ITEM_TITLE + "的内容概述。", ITEM_TITLE + "全文。", "市教育局",
					LocalDate.of(2026, 3, 2), null, "other-doc", "科技、教育\\教育", "通知");
			var item = draft.draft(content, "jyj", clerk.userId());
			submit.submit(item.getId(), clerk);
			DemoData.approveAll(item.getId(), "jyj", "head2", inbox);
			var indexed = eventually(Duration.ofSeconds(30), () -> get("/api/catalogue/search?q=" + encode(WORD), null),
					r -> r.status() == 200 && r.json().get("total").asLong() > 0);
			assertThat(indexed.json().get("total").asLong()).as("the item is searchable").isPositive();
			itemId = item.getId();
		}
		return itemId;
	}

	/** The accessibility scan of the open page and, on a phone, no sideways scrolling. */
	private static void check(Browser browser, boolean phone, String page) {
		Accessibility.assertNoSeriousViolations(browser.driver);
		if (phone) {
			var widths = (Map<?, ?>) js(browser, """
					var wide = [];
					document.querySelectorAll('body *').forEach(function (e) {
					  var r = e.getBoundingClientRect();
					  if (r.right > window.innerWidth && wide.length < 5) { wide.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + r.right); }
					});
					return { page: document.documentElement.scrollWidth, window: window.innerWidth, wide: wide };
					""");
			assertThat(((Number) widths.get("page")).intValue()).as(page + " scrolls sideways on a phone: " + widths)
				.isLessThanOrEqualTo(((Number) widths.get("window")).intValue());
		}
	}

	/** Clicks an element that may lie below the fold of a small window. */
	private static void click(Browser browser, WebElement element) {
		js(browser, "arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static Object js(Browser browser, String script, Object... args) {
		return ((JavascriptExecutor) browser.driver).executeScript(script, args);
	}
}
