package org.gongkai.portal.siteerror;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.browser.Browser;
import org.gongkai.portal.notification.MailOutbox;
import org.gongkai.portal.notification.OfficeMails;
import org.gongkai.workflow.request.RequestProperties;
import org.gongkai.workflow.sequence.YearlySequences;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 我为政府网站找错: a visitor reports an error from the footer's link; bad input is answered on the page (or as
 * problem JSON); an accepted report gets a confirmation number, is stored, reaches the general office's list in
 * the workbench (not a citizen's) and, with an office address configured, the office's mailbox; a client
 * sending too many is refused.
 */
class SiteErrorIT extends PortalIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern NUMBER = Pattern.compile("JC\\d{4}-\\d{5}");

	@Autowired
	SiteErrorReports reports;

	@Autowired
	YearlySequences sequences;

	@Autowired
	OfficeMails mails;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MessageSource messages;

	@Autowired
	java.time.Clock clock;

	@Autowired
	RequestProperties requestProperties;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theFormPrefillsOurOwnPageOnlyAndRefusesBadInputOnThePage() {
		var visitor = PageSession.anonymous(url(""));
		var own = visitor.send(HttpRequest.newBuilder(URI.create(url("/site-errors/new")))
			.header("Referer", url("/catalogue/columns/budget"))
			.GET());
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("value=\"" + url("/catalogue/columns/budget") + "\"", "链接错误", "错别字",
				"无法访问");
		var foreign = visitor.send(HttpRequest.newBuilder(URI.create(url("/site-errors/new")))
			.header("Referer", "https://elsewhere.example.com/page")
			.GET());
		assertThat(foreign.body()).doesNotContain("elsewhere.example.com");

		long before = reports.count();
		var csrf = csrf(own.body());
		var bad = visitor.postForm("/site-errors", "_csrf=" + encode(csrf) + "&pageUrl=" + encode("javascript:alert(1)")
				+ "&description=+&contact=");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("网址应以 http:// 或 https:// 开头", "请选择问题类型", "请描述发现的问题");
		var unknownKind = visitor.postForm("/site-errors", "_csrf=" + encode(csrf) + "&pageUrl="
				+ encode(url("/")) + "&kind=NONSENSE&description=x");
		assertThat(unknownKind.statusCode()).isEqualTo(200);
		assertThat(unknownKind.body()).contains("field-error");
		// without the CSRF token nothing is accepted
		var forged = visitor.postForm("/site-errors", "pageUrl=" + encode(url("/")) + "&kind=TYPO&description=x");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(reports.count()).isEqualTo(before);
	}

	@Test
	void anAcceptedReportIsNumberedStoredAndListedForTheOfficeOnly() {
		var visitor = PageSession.anonymous(url(""));
		var csrf = csrf(visitor.get("/site-errors/new").body());
		var description = "栏目页面“财政预决算”的标题有错别字 " + System.nanoTime();
		var filed = visitor.postForm("/site-errors", "_csrf=" + encode(csrf) + "&pageUrl="
				+ encode(url("/catalogue/columns/budget")) + "&kind=TYPO&description=" + encode(description)
				+ "&contact=" + encode("13800000000"));
		assertThat(filed.statusCode()).isEqualTo(302);
		assertThat(filed.headers().firstValue("Location").orElseThrow()).endsWith("/site-errors/filed");
		var confirmation = visitor.get("/site-errors/filed");
		var number = NUMBER.matcher(confirmation.body());
		assertThat(number.find()).isTrue();
		var report = reports.findAll().stream().filter(r -> r.getNumber().equals(number.group())).findFirst().orElseThrow();
		assertThat(report.getDescription()).isEqualTo(description);
		assertThat(report.getKind()).isEqualTo(SiteErrorKind.TYPO);
		assertThat(report.getContact()).isEqualTo("13800000000");
		assertThat(report.isHandled()).isFalse();
		// the confirmation is shown once, not to whoever asks for it later
		assertThat(visitor.get("/site-errors/filed").statusCode()).isEqualTo(302);

		var office = PageSession.signIn(url(""), "editor1", "/workbench/site-errors");
		var list = office.get("/workbench/site-errors").body();
		assertThat(list).contains(number.group(), description, "错别字", "13800000000");
		assertThat(office.get("/workbench").body()).contains("id=\"site-errors-count\"", "网站纠错：待处理");

		var citizen = PageSession.signIn(url(""), "applicant1");
		assertThat(citizen.get("/workbench/site-errors").statusCode()).isEqualTo(403);
		assertThat(citizen.send("POST", "/workbench/site-errors/" + report.getId() + "/handled",
				"application/x-www-form-urlencoded", ("_csrf=" + encode(citizen.csrf())).getBytes()).statusCode())
			.isEqualTo(403);
		assertThat(visitor.get("/workbench/site-errors").statusCode()).isEqualTo(302);

		var handled = office.postForm("/workbench/site-errors/" + report.getId() + "/handled",
				"_csrf=" + encode(office.csrf()) + "&note=" + encode("已更正标题"));
		assertThat(handled.statusCode()).isEqualTo(302);
		var after = reports.findById(report.getId()).orElseThrow();
		assertThat(after.isHandled()).isTrue();
		assertThat(after.getHandledBy()).isEqualTo("editor1");
		assertThat(after.getHandlingNote()).isEqualTo("已更正标题");
		var listAfter = office.get("/workbench/site-errors").body();
		assertThat(listAfter.substring(listAfter.indexOf("site-errors-handled"))).contains(number.group(), "已更正标题");
		assertThat(listAfter.substring(0, listAfter.indexOf("site-errors-handled"))).doesNotContain(description);
	}

	@Test
	void theApiAnswersProblemJsonOrTheNumberAndIsRateLimited() throws Exception {
		var bad = post("/api/site-errors", null, Map.of("pageUrl", "ftp://x", "description", ""));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.json().get("errors").has("pageUrl")).isTrue();
		assertThat(bad.json().get("errors").has("kind")).isTrue();
		assertThat(bad.json().get("errors").has("description")).isTrue();

		var good = post("/api/site-errors", null,
				Map.of("pageUrl", url("/guide"), "kind", "LINK", "description", "指南页面的链接打不开"));
		assertThat(good.status()).isEqualTo(201);
		assertThat(good.json().get("number").asText()).matches(NUMBER);

		// a client that is not trusted: five at once, then one a minute
		var body = json.writeValueAsString(Map.of("pageUrl", url("/"), "kind", "OTHER", "description", "频繁提交"));
		var statuses = new ArrayList<Integer>();
		for (int i = 0; i < 8; i++) {
			statuses.add(send(request("/api/site-errors", null).header("X-Forwarded-For", "198.19.250." + 7)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))).status());
		}
		assertThat(statuses).contains(429);
		assertThat(statuses.subList(0, 5)).allMatch(s -> s == 201);
	}

	@Test
	void withAnOfficeAddressEveryReportIsAlsoMailedThroughTheOutbox() {
		var file = new FileSiteErrorReport(reports, sequences, mails, new SiteErrorProperties("office@example.gov.cn"),
				messages, clock, requestProperties);
		var report = transactions.execute(status -> file.file(new SiteErrorForm(url("/guide"), SiteErrorKind.CONTENT,
				"联系电话有误", null)));
		List<String> subjects = outbox.findAll()
			.stream()
			.filter(mail -> "office@example.gov.cn".equals(mail.getRecipient()))
			.map(mail -> mail.getSubject() + "|" + mail.getBodyText())
			.toList();
		assertThat(subjects).anySatisfy(mail -> assertThat(mail).contains(report.getNumber(), "联系电话有误", "内容错误"));
	}

	@Test
	void aVisitorFilesAnErrorFromTheFooterLink() throws Exception {
		try (var browser = new Browser()) {
			var driver = browser.driver;
			driver.get(url("/catalogue/columns"));
			driver.findElement(By.id("site-error-link")).click();
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("site-error-form")));
			assertThat(driver.findElement(By.id("pageUrl")).getAttribute("value")).isEqualTo(url("/catalogue/columns"));
			// sent empty: the field messages are on the page
			driver.findElement(By.id("description")).clear();
			driver.findElement(By.cssSelector("#site-error-form button[type=submit]")).click();
			browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
			assertThat(driver.findElement(By.cssSelector("#site-error-form")).getText()).contains("请选择问题类型");
			driver.findElement(By.cssSelector("input[name=kind][value=CONTENT]")).click();
			driver.findElement(By.id("description")).sendKeys("栏目列表中的公开时限显示不完整");
			driver.findElement(By.cssSelector("#site-error-form button[type=submit]")).click();
			browser.wait.until(ExpectedConditions.urlContains("/site-errors/filed"));
			var number = NUMBER.matcher(driver.findElement(By.tagName("main")).getText());
			assertThat(number.find()).isTrue();
			var report = reports.findAll().stream().filter(r -> r.getNumber().equals(number.group())).findFirst();
			assertThat(report).hasValueSatisfying(r -> {
				assertThat(r.getPageUrl()).isEqualTo(url("/catalogue/columns"));
				assertThat(r.getKind()).isEqualTo(SiteErrorKind.CONTENT);
			});
		}
	}

	private static String csrf(String page) {
		var matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
		return matcher.group(1);
	}
}
