package org.gongkai.portal.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Map;
import java.util.Set;

import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.demo.DemoData;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office in Debian's Chromium: the workbench reminds of last year's reports, the editor fills in a
 * department's report, sees the checks pass and submits it; under review the page is frozen, a return
 * shows its reason and the form again, the resubmitted report is published when every review step
 * approves, and the public reads it; the statistics page draws a chart per section above its tables.
 */
class AnnualReportBrowserIT extends AnnualPortalIT {

	@Autowired
	GenerateAnnualReport generate;

	@Autowired
	TaskInbox inbox;

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
	void editorFillsInSubmitsAndPublishesLastYearsReportAfterReview() {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
		browser.signIn(url("/workbench"), "editor1");
		var wait = browser.wait;
		var driver = browser.driver;
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "工作台"));
		var panel = driver.findElement(By.id("reminders-annual"));
		assertThat(panel.findElement(By.tagName("summary")).getText()).contains("份年度报告");
		panel.findElement(By.tagName("summary")).click();
		assertThat(panel.getText()).contains("市发展和改革委员会 " + year, "应于" + (year + 1) + "-01-31前发布");

		driver.findElement(By.linkText("年度报告")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "政府信息公开工作年度报告"));
		driver.findElement(By.xpath("//table[@id='agencies']//tr[td[1][normalize-space()='市发展和改革委员会']]//a")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "市发展和改革委员会" + year + "年政府信息公开工作年度报告"));
		assertThat(driver.findElement(By.id("checks")).getText()).contains("表二 行政许可 × 本年处理决定数量：尚未填写",
				"一、总体情况：尚未填写");
		assertThat(driver.findElement(By.cssSelector("#checks button")).isEnabled()).isFalse();
		assertThat(driver.findElements(By.cssSelector("table.annual-table caption"))).extracting(e -> e.getText())
			.containsExactly("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
					"信息处理费收取情况");
		// the fee figures are shown read-only with their source, nothing to type
		assertThat(driver.findElement(By.id("fees")).getText()).contains("信息处理费（系统统计）", "由系统根据",
				"发出收费通知件数", "所依据的收费通知");
		assertThat(driver.findElements(By.cssSelector("#fees input, #draft input[name^=fee]"))).isEmpty();

		driver.findElement(By.id("licensing")).sendKeys("-3");
		driver.findElement(By.cssSelector("#draft button[type=submit]")).click();
		assertThat(driver.findElement(By.id("licensing")).getAttribute("validationMessage")).as("refused by the browser")
			.isNotBlank();
		driver.findElement(By.id("licensing")).clear();
		driver.findElement(By.id("licensing")).sendKeys("8");
		for (var field : new String[] { "punishment", "coercion", "administrativeFees" }) {
			driver.findElement(By.id(field)).clear();
			driver.findElement(By.id(field)).sendKeys("0");
		}
		driver.findElement(By.id("overview")).sendKeys("本年度政府信息公开工作总体平稳。");
		driver.findElement(By.id("problems")).sendKeys("个别栏目更新不及时。");
		driver.findElement(By.id("otherMatters")).sendKeys("无。");
		driver.findElement(By.cssSelector("#draft button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已保存"));
		assertThat(driver.findElement(By.id("checks")).getText()).contains("全部校验通过");

		driver.findElement(By.cssSelector("#checks button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已提交发布审核"));
		assertThat(driver.findElement(By.id("status")).getText()).contains("审核中");
		assertThat(driver.findElement(By.id("review")).getText()).contains("审核期间不能修改");
		assertThat(driver.findElements(By.id("draft"))).as("frozen: no form").isEmpty();
		assertThat(driver.findElements(By.id("checks"))).isEmpty();
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("提交发布审核", "editor1");
		long itemId = generate.report(year, "fgw").orElseThrow().getCatalogueItemId();

		// 保密审查 returns it: the reason is on the page and the form is back
		var secrecyTask = inbox.openTasksOf(CataloguePublicationProcess.KEY, String.valueOf(itemId)).get(0);
		inbox.complete(secrecyTask.id(), new Staff("secrecy1", Set.of("secrecy-reviewer"), "bgs"),
				Map.of(CataloguePublicationProcess.APPROVED, false, CataloguePublicationProcess.COMMENT, "请补充存在的主要问题。"));
		driver.navigate().refresh();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("return-reason")));
		assertThat(driver.findElement(By.id("return-reason")).getText()).contains("审核退回", "请补充存在的主要问题。");
		assertThat(driver.findElement(By.id("status")).getText()).contains("草稿");
		// the returned catalogue item's own page sends the office back to the report
		driver.navigate().to(url("/workbench/items/" + itemId));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("annual-report")));
		assertThat(driver.findElement(By.id("annual-report")).getText()).contains(year + "年度报告");
		driver.findElement(By.id("annual-report")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("return-reason")));
		driver.findElement(By.id("problems")).sendKeys("已加强栏目巡查。");
		driver.findElement(By.cssSelector("#draft button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已保存"));
		driver.findElement(By.cssSelector("#checks button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已提交发布审核"));
		assertThat(driver.findElements(By.id("return-reason"))).isEmpty();

		// every review step approves: published
		DemoData.approveAll(itemId, "fgw", "head1", inbox);
		driver.navigate().refresh();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已发布"));
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("审核退回", "请补充存在的主要问题。",
				"审核通过并发布");
		driver.findElement(By.linkText("公开页面")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.annual-report")));
		var text = driver.findElement(By.tagName("main")).getText();
		assertThat(text).contains("一、总体情况", "本年度政府信息公开工作总体平稳。", "已加强栏目巡查。", "第二十条第（一）项", "一、本年新收政府信息公开申请数量",
				"四、结转下年度继续办理", "复议后起诉", "信息处理费收取情况", "发出收费通知件数");
	}

	@Test
	void statisticsDrawChartsOverTheirTables() {
		browser.signIn(url("/workbench/statistics"), "editor1");
		var wait = browser.wait;
		var driver = browser.driver;
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "政务公开统计"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-requests g.bar")));
		assertThat(driver.findElement(By.id("chart-requests")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("#requests-by-month table tbody tr"))).hasSize(12);
		assertThat(driver.findElement(By.cssSelector("#requests-by-month")).getAttribute("textContent")).contains("导出 CSV",
				"导出 XLSX");
	}
}
