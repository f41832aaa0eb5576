package org.gongkai.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.demo.DemoData;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The online application form through the real pages: prefilled from the Keycloak account, 证件类型 checked
 * per type with a message at the field and an error summary, the 受理机关 chosen and stored (also through
 * the API), and the "already published?" suggestions counted on the statistics.
 */
class RequestFormIT extends RequestApiIT {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	SubmitDraft submit;

	@Autowired
	TaskInbox inbox;

	private static Map<String, String> form(PageSession page) {
		var form = new LinkedHashMap<String, String>();
		form.put("_csrf", page.csrf());
		form.put("kind", "DISCLOSURE");
		form.put("applicantType", "NATURAL_PERSON");
		form.put("applicantName", "张伟");
		form.put("idType", "RESIDENT_ID");
		form.put("idNumber", "11010519491231002X");
		form.put("phone", "13812345678");
		form.put("title", "2025年城区停车场规划布局方案");
		form.put("description", "申请公开2025年城区停车场规划布局方案全文。");
		form.put("deliveryForm", "ELECTRONIC");
		form.put("deliveryMethod", "ONLINE");
		form.put("agencyCode", "");
		form.put("_accessibilityNeeds", "on");
		return form;
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static long requestId(String location) {
		return Long.parseLong(location.replaceAll(".*/requests/(\\d+).*", "$1"));
	}

	@Test
	void theFormIsPrefilledFromTheAccountAndTakesTheAgencyFromTheLink() {
		var page = PageSession.signIn(url(""), "applicant1");
		var body = page.get("/requests/new?agency=fgw").body();
		assertThat(body).containsPattern("<input id=\"applicantName\"[^>]*value=\"张伟\"");
		assertThat(body).containsPattern("<input id=\"email\"[^>]*value=\"applicant1@example.com\"");
		assertThat(body).contains("id=\"prefilled\"");
		assertThat(body).containsPattern("<option value=\"fgw\" selected=\"selected\">市发展和改革委员会</option>");
		assertThat(body).containsPattern("<select id=\"idType\"[\\s\\S]*?<optgroup label=\"自然人\">[\\s\\S]*?居民身份证"
				+ "[\\s\\S]*?护照[\\s\\S]*?港澳居民来往内地通行证[\\s\\S]*?台湾居民来往大陆通行证[\\s\\S]*?外国人永久居留身份证"
				+ "[\\s\\S]*?<optgroup label=\"法人或其他组织\">[\\s\\S]*?统一社会信用代码");
		assertThat(body).containsPattern("<section id=\"published-suggestions\"[^>]*aria-live=\"polite\"");
		assertThat(body).containsPattern("name=\"formSession\" value=\"[0-9a-f-]{36}\"");

		var unknown = page.get("/requests/new?agency=no-such-agency").body();
		assertThat(unknown).contains("id=\"agencyCode-error\"").contains("所选受理机关不存在");
		assertThat(unknown).doesNotContain("selected=\"selected\">市发展和改革委员会");
	}

	@Test
	void aWrongNumberForItsTypeIsMarkedAtTheFieldAndListedInTheSummaryWithNothingLost() {
		var page = PageSession.signIn(url(""), "applicant1", "/requests/new");
		var form = form(page);
		form.put("idType", "HK_MACAO_PERMIT");
		form.put("idNumber", "K12345678");
		form.put("agencyCode", "fgw");
		var answer = page.postForm("/requests", encode(form));
		assertThat(answer.statusCode()).isEqualTo(200);
		var body = answer.body();
		assertThat(body).containsPattern("<div class=\"error-summary\" id=\"error-summary\" role=\"alert\"[\\s\\S]*?"
				+ "<h2 id=\"error-summary-title\" tabindex=\"-1\"[\\s\\S]*?<a href=\"#idNumber\">港澳居民来往内地通行证号码不正确");
		assertThat(body).containsPattern("<input id=\"idNumber\"[^>]*aria-describedby=\"idNumber-hint idNumber-error\"");
		assertThat(body).containsPattern("<input id=\"idNumber\"[^>]*aria-invalid=\"true\"");
		assertThat(body).containsPattern("<input id=\"idNumber\"[^>]*class=\"invalid\"");
		assertThat(body).containsPattern("<p class=\"field-error\" id=\"idNumber-error\"><span>港澳居民来往内地通行证号码不正确");
		assertThat(body).doesNotContainPattern("<input id=\"title\"[^>]*aria-invalid");
		assertThat(body).as("what was typed stays").containsPattern("<input id=\"title\"[^>]*value=\"2025年城区停车场规划布局方案\"")
			.containsPattern("<input id=\"idNumber\"[^>]*value=\"K12345678\"")
			.containsPattern("<option value=\"HK_MACAO_PERMIT\" selected=\"selected\">")
			.containsPattern("<option value=\"fgw\" selected=\"selected\">");

		form.put("idType", "RESIDENT_ID");
		form.put("idNumber", "110105194912310021");
		assertThat(page.postForm("/requests", encode(form)).body()).contains("居民身份证号码不正确");

		form.put("applicantType", "COMMERCIAL_ENTERPRISE");
		form.put("legalRepresentative", "李明");
		form.put("idType", "PASSPORT");
		form.put("idNumber", "E12345678");
		var organisation = page.postForm("/requests", encode(form)).body();
		assertThat(organisation).contains("<a href=\"#idType\">法人或其他组织请选择统一社会信用代码</a>")
			.containsPattern("<select id=\"idType\"[^>]*aria-invalid=\"true\"");

		form.put("applicantType", "NATURAL_PERSON");
		form.put("idType", "PASSPORT");
		form.put("agencyCode", "no-such-agency");
		assertThat(page.postForm("/requests", encode(form)).body()).contains("<a href=\"#agencyCode\">所选受理机关不存在")
			.containsPattern("<select id=\"agencyCode\"[^>]*aria-invalid=\"true\"");
	}

	@Test
	void theChosenAgencyAndDocumentAreStoredAndShown() {
		var page = PageSession.signIn(url(""), "applicant1", "/requests/new");
		var form = form(page);
		form.put("idType", "HK_MACAO_PERMIT");
		form.put("idNumber", "h12345678");
		form.put("agencyCode", "fgw");
		var filed = page.postForm("/requests", encode(form));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		long id = requestId(filed.headers().firstValue("Location").orElseThrow());

		var applicant = RealServers.token("applicant1");
		var view = get("/api/requests/" + id, applicant).json();
		assertThat(view.get("idType").asText()).isEqualTo("HK_MACAO_PERMIT");
		assertThat(view.get("idTypeLabel").asText()).isEqualTo("港澳居民来往内地通行证");
		assertThat(view.get("agencyCode").asText()).isEqualTo("fgw");
		assertThat(view.get("agencyName").asText()).isEqualTo("市发展和改革委员会");
		assertThat(page.get("/requests/" + id).body()).contains("<dd id=\"agency\">市发展和改革委员会</dd>")
			.contains("<dd id=\"idType\">港澳居民来往内地通行证</dd>");

		var editor = PageSession.signIn(url(""), "editor1");
		var casePage = editor.get("/workbench/requests/" + id).body();
		assertThat(casePage).contains("<dd id=\"agency\">市发展和改革委员会</dd>").contains("<dd id=\"idType\">港澳居民来往内地通行证</dd>");
		assertThat(editor.get("/workbench/requests?q=" + URLEncoder.encode("2025年城区停车场规划布局方案", StandardCharsets.UTF_8)).body())
			.containsPattern("id=\"register-" + id + "\"[\\s\\S]*?港澳居民来往内地通行证[\\s\\S]*?市发展和改革委员会");
	}

	@Test
	void theApiTakesTheDocumentAndAgencyAndNamesTheWrongField() {
		var applicant = RealServers.token("applicant1");
		var body = application();
		body.put("idType", "PASSPORT");
		body.put("idNumber", "E1");
		var wrong = post("/api/requests", applicant, body);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.json().get("errors").get("idNumber").asText()).startsWith("护照号码不正确");

		body.put("idType", "NO_SUCH_TYPE");
		body.put("idNumber", "E12345678");
		assertThat(post("/api/requests", applicant, body).status()).isEqualTo(400);

		body.put("idType", "FOREIGN_PERMANENT_RESIDENT");
		body.put("idNumber", "915600198506150013");
		body.put("agencyCode", "no-such-agency");
		var unknown = post("/api/requests", applicant, body);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("field").asText()).isEqualTo("agencyCode");

		body.put("agencyCode", "fgw");
		var filed = post("/api/requests", applicant, body);
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		assertThat(filed.json().get("idType").asText()).isEqualTo("FOREIGN_PERMANENT_RESIDENT");
		assertThat(filed.json().get("agencyCode").asText()).isEqualTo("fgw");

		body.remove("idType");
		body.remove("agencyCode");
		body.put("idNumber", "11010519491231002X");
		var old = post("/api/requests", applicant, body);
		assertThat(old.status()).as("a client that names no type still files with a 居民身份证").isEqualTo(201);
		assertThat(old.json().get("idType").asText()).isEqualTo("RESIDENT_ID");
		assertThat(old.json().get("agencyCode").isNull()).isTrue();
	}

	@Test
	void suggestionsShownClickedFiledAndLeftAreCountedOnTheStatistics() {
		var editor = RealServers.token("editor1");
		var now = Instant.now();
		var before = row(editor, now);

		var page = PageSession.signIn(url(""), "applicant1", "/requests/new");
		var csrf = "_csrf=" + URLEncoder.encode(page.csrf(), StandardCharsets.UTF_8);
		var filedSession = UUID.randomUUID().toString();
		assertThat(page.postForm("/requests/form-sessions/" + filedSession + "/shown", csrf).statusCode()).isEqualTo(204);
		assertThat(page.postForm("/requests/form-sessions/" + filedSession + "/shown", csrf).statusCode()).isEqualTo(204);
		assertThat(page.postForm("/requests/form-sessions/" + filedSession + "/clicked", csrf).statusCode()).isEqualTo(204);
		assertThat(page.postForm("/requests/form-sessions/" + filedSession + "/clicked", "").statusCode())
			.as("without the CSRF token").isEqualTo(403);
		assertThat(page.postForm("/requests/form-sessions/not-a-uuid/shown", csrf).statusCode()).isEqualTo(400);
		var form = form(page);
		form.put("formSession", filedSession);
		assertThat(page.postForm("/requests", encode(form)).statusCode()).isEqualTo(302);

		var openSession = UUID.randomUUID().toString();
		assertThat(page.postForm("/requests/form-sessions/" + openSession + "/shown", csrf).statusCode()).isEqualTo(204);
		// a visit that showed suggestions more than 24 hours ago and filed nothing counts as left without filing
		jdbc.update("insert into request_form_session (id, suggestions_shown_at, shown_count, click_count, filed_at) "
				+ "values (?, ?, 1, 1, null)", UUID.randomUUID().toString(), Timestamp.from(now.minus(Duration.ofHours(25))));
		var leftMonth = now.minus(Duration.ofHours(25));

		var after = row(editor, now);
		assertThat(after.get(1).asLong() - before.get(1).asLong()).as("visits with suggestions")
			.isGreaterThanOrEqualTo(sameMonth(now, leftMonth) ? 3 : 2);
		assertThat(after.get(3).asLong() - before.get(3).asLong()).as("filed afterwards").isGreaterThanOrEqualTo(1);
		if (sameMonth(now, leftMonth)) {
			assertThat(after.get(2).asLong() - before.get(2).asLong()).as("clicks").isGreaterThanOrEqualTo(2);
			assertThat(after.get(4).asLong() - before.get(4).asLong()).as("left without filing").isGreaterThanOrEqualTo(1);
		}
		assertThat(jdbc.queryForObject("select count(*) from request_form_session where id = ? and filed_at is null",
				Long.class, openSession)).as("the open visit is not filed").isEqualTo(1L);
		assertThat(jdbc.queryForMap("select shown_count, click_count, filed_at from request_form_session where id = ?",
				filedSession)).containsEntry("shown_count", 2).containsEntry("click_count", 1)
			.hasEntrySatisfying("filed_at", filedAt -> assertThat(filedAt).isNotNull());

		var dashboard = PageSession.signIn(url(""), "editor1").get("/workbench/statistics").body();
		assertThat(dashboard).contains("id=\"form-suggestions-by-month\"").contains("id=\"form-suggestions-explain\"")
			.contains("未提交即离开");
	}

	private static boolean sameMonth(Instant a, Instant b) {
		var x = a.atZone(ZONE);
		var y = b.atZone(ZONE);
		return x.getYear() == y.getYear() && x.getMonthValue() == y.getMonthValue();
	}

	private JsonNode row(String token, Instant at) {
		var day = at.atZone(ZONE);
		for (var series : get("/api/statistics?year=" + day.getYear(), token).json()) {
			if ("form-suggestions-by-month".equals(series.get("key").asText())) {
				return series.get("rows").get(day.getMonthValue() - 1);
			}
		}
		throw new AssertionError("no form-suggestions-by-month series");
	}

	@Test
	void inChromiumATypedTitleSuggestsThePublishedItemAndAWrongNumberFocusesTheSummary() throws Exception {
		// a word no other test publishes
		var title = "鲸落湾海洋公园建设规划（2026—2030年）";
		var clerk = new Staff("clerk2", Set.of("clerk"), "jyj");
		var item = draft.draft(new ItemContent(title, title + "的内容概述。", title + "全文。", "市教育局", LocalDate.of(2026, 3, 2),
				null, "other-doc", "科技、教育\\教育", "通知"), "jyj", clerk.userId());
		submit.submit(item.getId(), clerk);
		DemoData.approveAll(item.getId(), "jyj", "head2", inbox);
		var indexed = eventually(Duration.ofSeconds(30),
				() -> get("/api/catalogue/search?q=" + URLEncoder.encode("鲸落湾", StandardCharsets.UTF_8), null),
				r -> r.status() == 200 && r.json().get("total").asLong() > 0);
		assertThat(indexed.json().get("total").asLong()).as("the item is searchable").isPositive();

		try (var citizen = new Browser()) {
			var driver = citizen.driver;
			citizen.signIn(url("/requests/new"), "applicant1");
			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
			assertThat(driver.findElement(By.id("published-suggestions")).isDisplayed()).isFalse();
			driver.findElement(By.id("title")).sendKeys("鲸落湾海洋公园");
			var link = citizen.wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector("#published-suggestions-list a")));
			assertThat(citizen.text(By.id("published-suggestions"))).contains("以下已公开的信息可能就是您要找的", title);
			assertThat(link.getAttribute("href")).endsWith("/catalogue/items/" + item.getId());
			assertThat(driver.findElement(By.id("published-suggestions")).getAttribute("aria-live")).isEqualTo("polite");
			var session = driver.findElement(By.id("formSession")).getAttribute("value");
			for (int i = 0; i < 40 && shownCount(session) == 0; i++) {
				Thread.sleep(250);
			}
			assertThat(shownCount(session)).as("the suggestion was counted").isPositive();

			driver.get(url("/requests/new"));
			var name = driver.findElement(By.id("applicantName"));
			assertThat(name.getAttribute("value")).as("prefilled from the account").isEqualTo("张伟");
			new Select(driver.findElement(By.id("idType"))).selectByValue("RESIDENT_ID");
			driver.findElement(By.id("idNumber")).sendKeys("110105194912310021");
			driver.findElement(By.id("phone")).sendKeys("13912345678");
			driver.findElement(By.id("title")).sendKeys("城区公共停车场收费标准");
			driver.findElement(By.id("description")).sendKeys("申请公开城区公共停车场收费标准及其依据。");
			driver.findElement(By.id("submit")).click();

			citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
			citizen.wait.until(d -> "error-summary-title".equals(d.switchTo().activeElement().getAttribute("id")));
			assertThat(citizen.text(By.id("error-summary"))).contains("居民身份证号码不正确");
			var number = driver.findElement(By.id("idNumber"));
			assertThat(number.getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(number.getAttribute("aria-describedby")).contains("idNumber-error");
			assertThat(citizen.text(By.id("idNumber-error"))).contains("居民身份证号码不正确");
			assertThat(number.getCssValue("border-top-color")).as("marked red").isEqualTo("rgba(168, 21, 27, 1)");
			assertThat(driver.findElement(By.id("title")).getAttribute("aria-invalid")).isNull();
			assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("城区公共停车场收费标准");
			driver.findElement(By.cssSelector("#error-summary a[href='#idNumber']")).click();
			citizen.wait.until(d -> "idNumber".equals(d.switchTo().activeElement().getAttribute("id")));
		}
	}

	private int shownCount(String session) {
		var counts = jdbc.queryForList("select shown_count from request_form_session where id = ?", Integer.class, session);
		return counts.isEmpty() ? 0 : counts.get(0);
	}
}
