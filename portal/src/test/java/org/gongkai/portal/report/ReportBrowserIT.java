package org.gongkai.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;

import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In Debian's Chromium: a unit's 信息员 drafts an item through the form (after a field error) and
 * submits it for review; once the head has approved it, the office's editor adopts it into
 * 《政务信息》 on the item's page and sees the unit in the month's ranking, drawn by the server as an SVG bar
 * chart (its title above it, every value's text inside the drawing) above the same numbers as a table,
 * with the unit classes explained.
 */
class ReportBrowserIT extends ReportPortalIT {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_report_browser", registry);
	}

	@Test
	void clerkFilesAnItemAndTheEditorAdoptsIt() throws Exception {
		long id;
		try (var clerk = new Browser()) {
			clerk.signIn(url("/reports/new"), "clerk1");
			var driver = clerk.driver;
			clerk.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "起草信息"));
			driver.findElement(By.id("body")).sendKeys("本周全市新开工重大项目12个，总投资86亿元。");
			driver.findElement(By.id("author")).sendKeys("王芳");
			driver.findElement(By.id("phone")).sendKeys("0571-87001234");
			driver.findElement(By.id("save-report")).click();
			clerk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");

			driver.findElement(By.id("title")).sendKeys("我市本周新开工重大项目12个");
			driver.findElement(By.id("save-report")).click();
			clerk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "信息草稿已保存"));
			id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/reports/(\\d+).*", "$1"));
			assertThat(clerk.text(By.id("report-status"))).isEqualTo("撰写中");
			driver.findElement(By.id("complete-Task_DraftReport")).click();
			clerk.wait.until(ExpectedConditions.textToBe(By.id("report-status"), "本单位审核中"));
		}

		var head = RealServers.token("head1");
		var review = task(head, id, "Task_UnitReview");
		assertThat(call("POST", "/api/reports/tasks/" + review + "/complete", head, Map.of("approved", true)).status())
			.isEqualTo(204);

		try (var editor = new Browser()) {
			editor.signIn(url("/reports/" + id), "editor1");
			var driver = editor.driver;
			editor.wait.until(ExpectedConditions.textToBe(By.id("report-status"), "已报送，信息科编辑中"));
			driver.findElement(By.id("decision-ADOPT")).click();
			new Select(driver.findElement(By.id("publication"))).selectByValue("DAILY");
			driver.findElement(By.id("complete-Task_EditReport")).click();
			editor.wait.until(ExpectedConditions.textToBe(By.id("report-status"), "已采用"));
			assertThat(editor.text(By.id("carried-in"))).contains("《政务信息》" + today().getYear() + "年第");
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("决定是否向上级报送");

			driver.findElement(By.id("send-to-catalogue")).click();
			editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "提交保密审查"));
			assertThat(editor.text(By.id("catalogue-status"))).isEqualTo("审核中");

			driver.get(url("/reports/rankings?period=" + YearMonth.from(today())));
			editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ranking-chart g.bar")));
			var row = driver.findElement(By.xpath("//table[@id='ranking-table']//tr[td[2][normalize-space()='市发展和改革委员会']]"));
			assertThat(row.findElement(By.xpath("td[5]")).getText()).isNotEqualTo("0");
			assertThat(row.findElement(By.xpath("td[3]")).getText()).as("the class by name").endsWith("类");
			var title = driver.findElement(By.id("ranking-chart-title"));
			var chart = driver.findElement(By.id("ranking-chart"));
			assertThat(title.getText()).isEqualTo("各单位本期得分");
			assertThat(title.getLocation().getY()).as("the chart's title is above it").isLessThan(chart.getLocation().getY());
			assertThat(chart.getSize().getHeight()).isGreaterThan(20);
			assertThat(driver.findElements(By.cssSelector("#ranking-chart g.bar"))).hasSameSizeAs(
					driver.findElements(By.cssSelector("#ranking-table tbody tr")));
			var clipped = (java.util.List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
					var svg = document.getElementById('ranking-chart'), width = svg.viewBox.baseVal.width;
					return Array.from(svg.querySelectorAll('text')).filter(function (t) {
					  var box = t.getBBox(); return box.x < 0 || box.x + box.width > width; }).map(function (t) { return t.textContent; });""");
			assertThat(clipped).as("texts outside the drawing").isEmpty();
			assertThat(editor.text(By.id("class-legend"))).contains("类别", "一类每月", "任务数 = 每月任务数 × 本期月数（1）");
		}
	}

	@Test
	void administratorAddsARuleVersionAfterAFieldError() throws Exception {
		try (var admin = new Browser()) {
			admin.signIn(url("/reports/rules?kind=ADOPTED&level=CITY&channel=SPECIAL"), "admin");
			var driver = admin.driver;
			admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-rule")));
			assertThat(new Select(driver.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
				.as("prefilled from the rule's row").isEqualTo("ADOPTED");
			driver.findElement(By.id("description")).sendKeys("市级专报采用，每条");
			driver.findElement(By.id("add-rule")).click();
			admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElement(By.id("points")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(driver.findElement(By.id("effectiveFrom")).getAttribute("aria-invalid")).isEqualTo("true");

			driver.findElement(By.id("points")).sendKeys("6");
			// a date input's typed format follows the browser's locale; set the ISO value the form posts
			((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("arguments[0].value = '2030-01-01'", driver.findElement(By.id("effectiveFrom")));
			driver.findElement(By.id("add-rule")).click();
			admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已新增计分规则版本"));
			assertThat(driver.findElement(By.id("rules-table")).getText()).contains("市级专报采用，每条", "2030-01-01");

			driver.get(url("/reports/quotas"));
			admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-quota")));
			driver.findElement(By.id("add-quota")).click();
			admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElement(By.id("unitClass")).getAttribute("aria-invalid")).isEqualTo("true");
			new Select(driver.findElement(By.id("class-jyj"))).selectByValue("2");
			driver.findElement(By.id("save-class-jyj")).click();
			admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "已保存单位类别"));
			assertThat(new Select(driver.findElement(By.id("class-jyj"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("2");
		}
	}
}
