package org.gongkai.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.portal.PortalHttp;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Accessibility;
import org.gongkai.portal.browser.Browser;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.HistoricalRequest;
import org.gongkai.workflow.request.ImportHistoricalRequests;
import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The office's statistics in Debian's Chromium, on a database of their own: the page starts with the
 * year's key figures against the previous year (cases imported into 2012 and 2013 with known dates, due
 * dates and remedies), then a chart per section, the detailed tables closed below it; no serious axe-core
 * violation.
 */
class StatisticsBrowserIT extends PortalHttp {

	static final int YEAR = 2013;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_statistics", registry);
	}

	@Autowired
	ImportHistoricalRequests importer;

	@Test
	void theYearsKeyFiguresComeFirstThenAChartPerSectionAndTheTablesBelow() throws Exception {
		// 2012: two received and answered on time, one of them challenged by 行政复议; one more received
		// in December and answered in January 2013, on time
		// 2013: two received, one answered on time (then 行政复议), one late (then 行政诉讼)
		importer.importAll(List.of(
				finished("ST-2012-1", "2012-03-01", "2012-03-29", "2012-03-20", null, null),
				finished("ST-2012-2", "2012-05-02", "2012-05-30", "2012-05-21", RemedyKind.ADMINISTRATIVE_REVIEW, "2012-06-10"),
				finished("ST-2012-3", "2012-12-20", "2013-01-22", "2013-01-10", null, null),
				finished("ST-2013-1", "2013-03-01", "2013-03-29", "2013-03-20", RemedyKind.ADMINISTRATIVE_REVIEW, "2013-04-02"),
				finished("ST-2013-2", "2013-04-01", "2013-04-28", "2013-05-10", RemedyKind.LITIGATION_DIRECT, "2013-06-01")),
				"editor1");
		var series = get("/api/statistics?year=" + YEAR, RealServers.token("editor1")).json();
		long overdue = 0;
		for (var s : series) {
			if (s.get("key").asText().equals("overdue")) {
				overdue = s.get("rows").size();
			}
		}

		try (var browser = new Browser()) {
			var driver = browser.driver;
			browser.signIn(url("/workbench/statistics?year=" + YEAR), "editor1");
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
			assertThat(browser.text(By.id("summary-title"))).isEqualTo("2013年主要数据");
			assertThat(browser.text(By.cssSelector("#figure-received .figure"))).isEqualTo("2");
			assertThat(browser.text(By.id("figure-received"))).contains("收到申请", "比2012年 -1");
			assertThat(browser.text(By.cssSelector("#figure-answered .figure"))).as("replies issued in 2013, one received in 2012")
				.isEqualTo("3");
			assertThat(browser.text(By.id("figure-answered"))).contains("比2012年 +1");
			assertThat(browser.text(By.cssSelector("#figure-on-time .figure"))).isEqualTo("66.7%");
			assertThat(browser.text(By.id("figure-on-time"))).contains("按期答复 2 件，共答复 3 件", "比2012年 -33.3 个百分点");
			assertThat(browser.text(By.cssSelector("#figure-remedies .figure"))).isEqualTo("2");
			assertThat(browser.text(By.id("figure-remedies"))).contains("行政复议 1 件，行政诉讼 1 件", "比2012年 +1");
			assertThat(browser.text(By.cssSelector("#figure-overdue .figure"))).isEqualTo(String.valueOf(overdue));
			assertThat(browser.text(By.id("figure-overdue"))).contains("截至 " + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));

			// the summary first, then each section with its chart under its title, the tables closed
			int summaryBottom = driver.findElement(By.id("summary")).getRect().getY()
					+ driver.findElement(By.id("summary")).getRect().getHeight();
			assertThat(driver.findElement(By.id("section-requests")).getRect().getY()).isGreaterThanOrEqualTo(summaryBottom);
			assertThat(driver.findElements(By.cssSelector("#chart-requests g.bar"))).hasSize(12);
			assertThat(driver.findElement(By.cssSelector("#chart-requests desc")).getAttribute("textContent"))
				.startsWith("1月：0；2月：0；3月：1；4月：1；5月：0");
			assertThat(driver.findElement(By.id("chart-title-requests")).getRect().getY())
				.isLessThan(driver.findElement(By.id("chart-requests")).getRect().getY());
			assertThat(driver.findElements(By.cssSelector("#chart-items g.bar"))).hasSize(12);
			var byMonth = driver.findElement(By.id("requests-by-month"));
			assertThat(byMonth.getAttribute("open")).isNull();
			assertThat(byMonth.findElement(By.tagName("table")).isDisplayed()).isFalse();
			byMonth.findElement(By.tagName("summary")).click();
			assertThat(byMonth.findElement(By.tagName("table")).isDisplayed()).isTrue();
			assertThat(byMonth.findElements(By.cssSelector("tbody tr"))).hasSize(12);
			assertThat(byMonth.getText()).contains("导出 CSV", "导出 XLSX");
			byMonth.findElement(By.tagName("summary")).click();

			// -Dgongkai.statistics.png=true: a screenshot to target/statistics.png and the blocks' heights, for a look
			if (Boolean.getBoolean("gongkai.statistics.png")) {
				driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2800));
				var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
				java.nio.file.Files.write(java.nio.file.Path.of("target/statistics.png"), png);
				System.out.println("HEIGHTS " + ((JavascriptExecutor) driver).executeScript(
						"return Array.from(document.querySelectorAll('main > *, main section > *')).map(e => e.tagName + '#' + e.id + ':' + Math.round(e.getBoundingClientRect().height)).join(' ')"));
			}
			long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
			assertThat(summaryBottom).as("the key figures are on the first screen").isLessThan(800);
			int sections = driver.findElements(By.cssSelector("section.statistics-section")).size();
			assertThat(sections).as("requests, items, governments, consultations, letters, proposals").isEqualTo(6);
			assertThat(height).as("a chart and closed tables per section, not every table open (7,600 px for three)")
				.isLessThan(800 + 500L * sections);
			Accessibility.assertNoSeriousViolations(driver);
		}
	}

	private static HistoricalRequest finished(String number, String received, String due, String replied, RemedyKind remedy,
			String remedyFiled) {
		return new HistoricalRequest(number, RequestKind.DISCLOSURE, ApplicantType.NATURAL_PERSON, "王五", "11010519491231002X",
				"13812345678", "统计测试申请 " + number, null, "fgw", LocalDate.parse(received), LocalDate.parse(due),
				LocalDate.parse(replied), ReplyType.DISCLOSE, List.of(), null, null, remedy,
				remedyFiled == null ? null : LocalDate.parse(remedyFiled), null, null, null);
	}
}
