package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A citizen in Chromium searches the catalogue, narrows by a facet, opens an item; browses the
 * column tree down to an item; gets suggestions while typing. An administrator rebuilds the index
 * with the button on the admin page.
 */
class CatalogueBrowserIT extends CatalogueIT {

	private Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = new Browser();
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void searchFilterAndOpenAnItem() {
		var driver = browser.driver;
		driver.get(url("/"));
		driver.findElement(By.id("q")).sendKeys("信息公开", Keys.ENTER);
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
		assertThat(driver.getCurrentUrl()).contains("/catalogue?q=");
		long total = number(browser.text(By.cssSelector(".total")));
		assertThat(total).isPositive();

		// narrow by the first 体裁 offered; its count is what the filtered search finds
		WebElement genre = driver.findElement(By.cssSelector("a[data-facet=genre]"));
		String value = genre.findElement(By.tagName("span")).getText();
		long count = number(genre.findElement(By.cssSelector(".count")).getText());
		genre.click();
		browser.wait.until(ExpectedConditions.urlContains("genre="));
		assertThat(number(browser.text(By.cssSelector(".total")))).isEqualTo(count);
		assertThat(driver.findElement(By.cssSelector(".active-filters")).getText()).contains(value);
		assertThat(driver.findElement(By.cssSelector("a[data-facet=genre].active")).getText()).contains(value);

		// the filter combines with a second one, and the text stays
		driver.findElement(By.cssSelector("a[data-facet=year]")).click();
		browser.wait.until(ExpectedConditions.urlContains("year="));
		assertThat(driver.getCurrentUrl()).contains("genre=").contains("q=");

		String title = driver.findElement(By.cssSelector(".hit h3 a")).getText();
		driver.findElement(By.cssSelector(".hit h3 a")).click();
		browser.wait.until(ExpectedConditions.urlContains("/catalogue/items/"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
		String metadata = browser.text(By.cssSelector("table.metadata"));
		assertThat(metadata).contains("索引号", "发布机构", "成文日期", "文号", "主题分类", "体裁分类", "有效性", value);
	}

	@Test
	void browseTheColumnTreeToAnItem() {
		var driver = browser.driver;
		driver.get(url("/catalogue/columns"));
		driver.findElement(By.cssSelector("a[data-column=policy]")).click();
		browser.wait.until(ExpectedConditions.urlContains("/catalogue/columns/policy"));
		assertThat(browser.text(By.tagName("h1"))).startsWith("政策文件");
		WebElement normative = driver.findElement(By.cssSelector("a[data-column=normative]"));
		long count = number(normative.findElement(By.cssSelector(".count")).getText());
		assertThat(count).isPositive();
		normative.click();
		browser.wait.until(ExpectedConditions.urlContains("/catalogue/columns/normative"));
		assertThat(driver.findElements(By.cssSelector(".hit"))).hasSize((int) Math.min(count, CatalogueController.PAGE_SIZE));
		driver.findElement(By.cssSelector(".hit a")).click();
		browser.wait.until(ExpectedConditions.urlContains("/catalogue/items/"));
		assertThat(browser.text(By.cssSelector(".breadcrumb"))).contains("法定主动公开内容", "政策文件", "行政规范性文件");
	}

	@Test
	void suggestsTitlesWhileTyping() {
		var driver = browser.driver;
		driver.get(url("/catalogue"));
		driver.findElement(By.id("q")).sendKeys("zfxx");
		browser.wait.until(d -> options() > 0);
		var first = (String) ((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('#q-suggestions option').value");
		assertThat(first).contains("政府信息");
	}

	@Test
	void administratorRebuildsTheIndexWithTheButton() {
		browser.signIn(url("/admin/catalogue-index"), "admin");
		var driver = browser.driver;
		String before = browser.text(By.id("index-live"));
		String documents = browser.text(By.id("index-documents"));
		driver.findElement(By.id("rebuild")).click();
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rebuilt")));
		assertThat(browser.text(By.cssSelector(".flash.ok"))).contains("索引已重建");
		assertThat(browser.text(By.id("index-live"))).isNotEqualTo(before).startsWith(before.replaceAll("-v2.*", "-v2"));
		assertThat(browser.text(By.id("index-documents"))).isEqualTo(documents);
		assertThat(browser.text(By.id("index-rebuilding"))).isEqualTo("无");
	}

	private long options() {
		return (Long) ((JavascriptExecutor) browser.driver)
			.executeScript("return document.querySelectorAll('#q-suggestions option').length");
	}

	private static long number(String text) {
		return Long.parseLong(text.replaceAll("\\D", ""));
	}
}
