package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.demo.DemoData;
import org.gongkai.workflow.annual.AnnualReportDraft;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.annual.SaveAnnualReportDraft;
import org.gongkai.workflow.annual.SubmitAnnualReport;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agencies' sub-sites on real servers (集约化): the demo's government with its departments and its
 * district 东城区人民政府 with two departments of its own. The tree, a sub-site, the catalogue filtered to a
 * district (its departments' items included, from the real Elasticsearch), the 年报 list grouped by year
 * and agency with working links, and a citizen's path in Chromium from the home page to an item.
 */
class AgencySitesIT extends CatalogueIT {

	/** The demo's district items, one by the district government and one by each of its departments. */
	private static final String DISTRICT_ITEM = "东城区人民政府关于印发东城区2026年政务公开工作要点的通知";

	private static final String SCHOOL_ITEM = "东城区2026年义务教育阶段学校招生入学工作方案";

	private static final String HOUSING_ITEM = "东城区2026年老旧小区综合整治项目公示";

	private static final String CITY_ITEM = "关于做好2026年义务教育招生入学工作的实施意见";

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	SaveAnnualReportDraft saveDraft;

	@Autowired
	SubmitAnnualReport submit;

	@Autowired
	GenerateAnnualReport reports;

	@Autowired
	TaskInbox inbox;

	@Test
	void theTreeListsTheGovernmentItsDepartmentsAndTheDistrictWithItsOwn() {
		var page = html("/agencies");
		assertThat(page.status()).isEqualTo(200);
		var text = page.text();
		assertThat(text).contains("href=\"/agencies/government\"", "href=\"/agencies/fgw\"", "href=\"/agencies/bgs\"",
				"href=\"/agencies/dcq\"", "href=\"/agencies/dcq-jyj\"", "href=\"/agencies/dcq-zjj\"");
		// the district's departments are listed inside the district, after the government's departments
		assertThat(text.indexOf("东城区教育局")).isGreaterThan(text.indexOf("东城区人民政府"));
		assertThat(text.indexOf("东城区人民政府")).isGreaterThan(text.indexOf("市发展和改革委员会"));
		var home = html("/").text();
		assertThat(home).contains("id=\"home-agencies\"", "href=\"/agencies/dcq\"", "href=\"/agencies/jyj\"",
				"href=\"/agencies/government\"");

		var unknown = html("/agencies/no-such-agency");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("text/html");
		assertThat(unknown.text()).contains("页面不存在");
	}

	@Test
	void aDistrictsSubSiteAndCatalogueCoverItsDepartments() throws Exception {
		eventually(Duration.ofSeconds(30), () -> get("/api/catalogue/search?agency=dcq", null),
				r -> r.json() != null && r.json().get("total").asLong() >= 3);
		var site = html("/agencies/dcq");
		assertThat(site.status()).isEqualTo(200);
		assertThat(site.text()).contains("<h1>东城区人民政府</h1>", "href=\"/agencies/dcq/guide\"",
				"href=\"/apply?agency=dcq\"", "href=\"/catalogue?agency=dcq&amp;sort=date\"", "href=\"/agencies/dcq-jyj\"",
				DISTRICT_ITEM, SCHOOL_ITEM, HOUSING_ITEM);
		assertThat(site.text()).doesNotContain(CITY_ITEM);
		// breadcrumbs: home › agencies › the government › the district
		var crumbs = site.text().substring(site.text().indexOf("class=\"breadcrumb\""));
		crumbs = crumbs.substring(0, crumbs.indexOf("</nav>"));
		assertThat(crumbs).contains("href=\"/\"", "href=\"/agencies\"", "href=\"/agencies/government\"", "东城区人民政府");

		var district = html("/catalogue?agency=dcq&sort=date").text();
		assertThat(district).contains(DISTRICT_ITEM, SCHOOL_ITEM, HOUSING_ITEM, "机构").doesNotContain(CITY_ITEM);
		var school = get("/api/catalogue/search?agency=dcq-jyj", null).json();
		assertThat(school.get("total").asLong()).isEqualTo(1);
		assertThat(school.get("hits").get(0).get("title").asText()).isEqualTo(SCHOOL_ITEM);
		var government = html("/catalogue?agency=government&sort=date&q=" + encode("义务教育")).text();
		assertThat(government).as("the government's own level, not the district's").contains(CITY_ITEM)
			.doesNotContain(SCHOOL_ITEM);
		var department = html("/agencies/jyj");
		assertThat(department.text()).contains("<h1>市教育局</h1>", "href=\"/agencies/government\"", CITY_ITEM)
			.doesNotContain(SCHOOL_ITEM);
		assertThat(html("/agencies/government").text()).contains("href=\"/guide\"", "href=\"/agencies/dcq\"");
	}

	@Test
	void everySubSiteShowsItsOwnDisclosureOfficeFromTheOfficesTheAdministratorKeeps() {
		// the demo's rows of disclosure_office (DemoDisclosureOffices), not the site-wide contacts
		assertThat(html("/agencies/dcq").text()).as("the district's own office")
			.contains("东城区人民政府办公室政务公开科（演示）", "某某市东城区东城大街1号（演示）", "010-00000041", "010-00000042",
					"dcq@example.gov.cn");
		assertThat(html("/agencies/dcq-zjj").text()).contains("东城区住房和城乡建设局办公室（演示）", "dcq-zjj@example.gov.cn");
		assertThat(html("/agencies/government").text()).as("the government's office is its general office's")
			.contains("市人民政府办公室政务公开科（演示）", "010-00000001");
		assertThat(html("/agencies/fgw").text()).contains("市发展和改革委员会办公室（演示）", "010-00000011")
			.doesNotContain("市人民政府办公室政务公开科（演示）");
	}

	@Test
	void publishedReportsAreListedByYearAndAgencyAndTheirItemLeadsToTheReportPage() throws Exception {
		if (reports.report(2025, "dcq").isEmpty()) {
			saveDraft.save(2025, "dcq", new AnnualReportDraft(3L, 2L, 0L, new BigDecimal("0.5000"), "本年度，东城区认真贯彻落实《条例》。",
					"公开内容还不够全面。", "本年度未收取信息处理费。"), "editor1");
			var submitted = submit.submit(2025, "dcq", "editor1", (tables, draft) -> new ItemContent(
					"东城区人民政府2025年政府信息公开工作年度报告", null, draft.overview(), "东城区人民政府", LocalDate.now(), null,
					SubmitAnnualReport.COLUMN, "综合政务\\政务公开", "报告"));
			DemoData.approveAll(submitted.getCatalogueItemId(), "dcq", "head-dcq", inbox);
		}
		var report = reports.report(2025, "dcq").orElseThrow();
		assertThat(report.isPublished()).isTrue();

		var list = html("/annual-reports");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains("id=\"year-2025\"", "2025年度", "东城区人民政府2025年政府信息公开工作年度报告");
		var links = Pattern.compile("href=\"(/annual-reports/\\d{4}/[^\"]+)\"").matcher(list.text()).results()
			.map(m -> m.group(1))
			.toList();
		assertThat(links).contains("/annual-reports/2025/dcq");
		for (var link : links) {
			assertThat(html(link).status()).as(link).isEqualTo(200);
		}
		assertThat(html("/annual-reports/2025/dcq").text()).contains("东城区人民政府2025年政府信息公开工作年度报告", "一、总体情况",
				"本年度，东城区认真贯彻落实《条例》。", "一、本年新收政府信息公开申请数量");
		assertThat(html("/agencies/dcq").text()).contains("href=\"/annual-reports/2025/dcq\"");

		// the report's catalogue item and the 年报 column lead to the report's own page
		assertThat(location("/catalogue/items/" + report.getCatalogueItemId())).endsWith("/annual-reports/2025/dcq");
		assertThat(location("/catalogue/columns/annual-report")).endsWith("/annual-reports");
	}

	@Test
	void aCitizenGoesFromTheHomePageToAnAgencyItsCatalogueAndAnItem() throws Exception {
		eventually(Duration.ofSeconds(30), () -> get("/api/catalogue/search?agency=dcq", null),
				r -> r.json() != null && r.json().get("total").asLong() >= 3);
		var browser = new Browser();
		try {
			var driver = browser.driver;
			driver.get(url("/"));
			driver.findElement(By.cssSelector("#home-agencies a[href='/agencies/dcq']")).click();
			browser.wait.until(ExpectedConditions.urlContains("/agencies/dcq"));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("东城区人民政府");
			assertThat(browser.text(By.cssSelector(".breadcrumb"))).contains("首页", "东城区人民政府");
			driver.findElement(By.id("agency-catalogue")).click();
			browser.wait.until(ExpectedConditions.urlContains("/catalogue?agency=dcq"));
			assertThat(browser.text(By.cssSelector(".active-filters"))).contains("东城区人民政府");
			var titles = driver.findElements(By.cssSelector(".hit h3 a")).stream().map(e -> e.getText()).toList();
			assertThat(titles).as("the district's items, its departments' included (and its 年报 once published)")
				.contains(DISTRICT_ITEM, SCHOOL_ITEM, HOUSING_ITEM)
				.allMatch(title -> title.startsWith("东城区"));
			driver.findElement(By.linkText(SCHOOL_ITEM)).click();
			browser.wait.until(ExpectedConditions.urlContains("/catalogue/items/"));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo(SCHOOL_ITEM);
			assertThat(browser.text(By.cssSelector("table.metadata"))).contains("东城区教育局");
		}
		finally {
			browser.close();
		}
	}

	private Response html(String path) {
		return send(request(path, null).header("Accept", "text/html"));
	}

	private String location(String path) throws Exception {
		var response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).as(path).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}
}
