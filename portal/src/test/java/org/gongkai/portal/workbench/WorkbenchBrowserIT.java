package org.gongkai.portal.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person in Debian's Chromium: the department head signs in on Keycloak's page, sees the workbench,
 * approves a submitted item, and an anonymous visitor then finds it in the public catalogue.
 */
class WorkbenchBrowserIT extends PortalIT {

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = new Browser();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void headSignsInThroughKeycloakApprovesAndTheItemIsPublic() throws Exception {
		long itemId = submittedItem("关于推进老旧小区电梯加装工作的实施意见");

		browser.signIn(url("/workbench?kind=item&q=" + itemId), "head1");
		var wait = browser.wait;
		var driver = browser.driver;
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "工作台"));
		assertThat(driver.getCurrentUrl()).startsWith(url("/workbench"));
		var row = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//table[@id='tasks']//tr[td[2][normalize-space()='" + itemId + "']]")));
		assertThat(row.getText()).contains("部门负责人审核");
		row.findElement(By.linkText("办理")).click();

		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "部门负责人审核"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("老旧小区电梯加装");
		driver.findElement(By.cssSelector("input[name=approved][value=true]")).click();
		driver.findElement(By.id("comment")).sendKeys("同意发布");
		driver.findElement(By.id("complete")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已办理完毕"));

		// other cases of the shared database may be about lifts too (a deputy's suggestion): find this item's hit
		var title = "关于推进老旧小区电梯加装工作的实施意见";
		var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		java.util.List<org.openqa.selenium.WebElement> hits;
		do {
			driver.get(url("/catalogue?q=" + encode("电梯加装")));
			hits = driver.findElements(By.cssSelector(".hit h3 a")).stream().filter(a -> title.equals(a.getText())).toList();
		}
		while (hits.isEmpty() && System.nanoTime() < deadline && sleep());
		assertThat(hits).as("the approved item is found by the public search").hasSize(1);
		hits.get(0).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.metadata")));
		assertThat(driver.findElement(By.cssSelector("table.metadata")).getText()).contains("索引号", "000014349/2026-",
				"市发展和改革委员会");
	}

	private static boolean sleep() {
		try {
			Thread.sleep(300);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private long submittedItem(String title) {
		var clerk = RealServers.token("clerk1");
		var item = new LinkedHashMap<String, Object>();
		item.put("title", title);
		item.put("summary", "推进既有住宅加装电梯。");
		item.put("body", "为改善老年人出行条件，推进老旧小区既有住宅加装电梯……");
		item.put("issuer", "市发展和改革委员会");
		item.put("writtenDate", "2026-06-01");
		item.put("columnCode", "livelihood");
		item.put("genre", "意见");
		var created = post("/api/catalogue/items", clerk, item);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(post("/api/catalogue/items/" + id + "/submit", clerk, null).status()).isEqualTo(200);
		var secrecy = RealServers.token("secrecy1");
		for (var task : get("/api/tasks", secrecy).json()) {
			if (String.valueOf(id).equals(task.get("caseId").asText())
					&& "Task_SecrecyReview".equals(task.get("taskKey").asText())) {
				assertThat(post("/api/tasks/" + task.get("id").asText() + "/complete", secrecy, Map.of("approved", true))
					.status()).isEqualTo(204);
			}
		}
		return id;
	}
}
