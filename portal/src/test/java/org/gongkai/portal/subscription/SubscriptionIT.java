package org.gongkai.portal.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.demo.DemoData;
import org.gongkai.portal.system.AgencyProperties;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * E-mail subscriptions on real servers (MariaDB, Elasticsearch, Keycloak): the public form with double
 * opt-in, the daily digest queued exactly once per subscription and day in the mail outbox with only
 * the new matching items, the public URL and the one-click unsubscribe headers, the RFC 8058 one-click
 * POST without CSRF, a saved search run through the real search, and 我的订阅.
 */
class SubscriptionIT extends PortalIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private static final Pattern CONFIRM_LINK = Pattern.compile("/subscriptions/confirm/([A-Za-z0-9_-]{43})");

	private static final Staff CLERK = new Staff("clerk2", Set.of("clerk"), "jyj");

	private static final Staff HEAD = new Staff("head2", Set.of("dept-head"), "jyj");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	SubmitDraft submit;

	@Autowired
	TaskInbox inbox;

	@Autowired
	DailyDigest digest;

	@Autowired
	AgencyProperties agency;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void columnDigestGoesOutOnceWithTheNewMatchingItemsUntilOneClickUnsubscribe() throws Exception {
		var email = "citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
		var visitor = PageSession.anonymous(url(""));
		var form = visitor.get("/subscriptions/new?column=interpretation");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("政策解读", "name=\"column\"", "value=\"interpretation\"");

		// bad input: a field message on the page, nothing stored
		var bad = visitor.postForm("/subscriptions/new", "column=interpretation&email=not-an-address&_csrf=" + csrf(form.body()));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("电子邮箱格式不正确");
		// without a CSRF token the form is refused
		assertThat(visitor.postForm("/subscriptions/new", "column=interpretation&email=" + encode(email)).statusCode())
			.isEqualTo(403);
		// an unknown column is no subscription target
		assertThat(visitor.get("/subscriptions/new?column=no-such-column").statusCode()).isEqualTo(404);

		var sent = visitor.postForm("/subscriptions/new",
				"column=interpretation&email=" + encode(email) + "&_csrf=" + csrf(form.body()));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/subscriptions/sent");
		assertThat(visitor.get("/subscriptions/sent").body()).contains("确认邮件");

		// the confirmation mail is in the outbox; the address is stored encrypted only
		var confirmation = mails(email, "SUBSCRIPTION_CONFIRM");
		assertThat(confirmation).hasSize(1);
		long id = ((Number) confirmation.get(0).get("subscription_id")).longValue();
		assertThat(jdbc.queryForObject("select email from subscription where id = ?", String.class, id)).startsWith("v1:")
			.doesNotContain(email);
		assertThat(jdbc.queryForObject("select status from subscription where id = ?", String.class, id)).isEqualTo("PENDING");
		var body = (String) confirmation.get(0).get("body_text");
		assertThat(body).contains(agency.publicUrl() + "/subscriptions/confirm/");
		var matcher = CONFIRM_LINK.matcher(body);
		assertThat(matcher.find()).isTrue();
		var confirmPath = "/subscriptions/confirm/" + matcher.group(1);
		// asking again at once sends no second confirmation mail
		visitor.postForm("/subscriptions/new", "column=interpretation&email=" + encode(email) + "&_csrf=" + csrf(form.body()));
		assertThat(mails(email, "SUBSCRIPTION_CONFIRM")).hasSize(1);

		// a pending subscription gets no digest
		publish("关于订阅测试待确认期间的解读" + id, "interpretation");
		var day = LocalDate.now(CHINA).plusDays(40);
		awaitIndexed();
		digest.run(day.minusDays(1));
		assertThat(mails(email, "SUBSCRIPTION_DIGEST")).isEmpty();

		// the link's GET only shows a button; its POST confirms
		var confirmPage = visitor.get(confirmPath);
		assertThat(confirmPage.body()).contains("id=\"subscription-action\"");
		assertThat(jdbc.queryForObject("select status from subscription where id = ?", String.class, id)).isEqualTo("PENDING");
		var confirmed = visitor.postForm(confirmPath, "_csrf=" + csrf(confirmPage.body()));
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("已确认订阅");
		assertThat(jdbc.queryForObject("select status from subscription where id = ?", String.class, id)).isEqualTo("CONFIRMED");
		assertThat(visitor.get(confirmPath).body()).contains("该确认链接无效");

		var matching = publish("关于订阅测试匹配的政策解读" + id, "interpretation");
		var other = publish("关于订阅测试不匹配的其他文件" + id, "other-doc");

		awaitIndexed();
		var first = digest.run(day);
		assertThat(first.failed()).isZero();
		var digests = mails(email, "SUBSCRIPTION_DIGEST");
		assertThat(digests).hasSize(1);
		var mail = digests.get(0);
		assertThat(((Number) mail.get("subscription_id")).longValue()).isEqualTo(id);
		assertThat(mail.get("request_id")).isNull();
		assertThat((String) mail.get("subject")).contains("政策解读", "1条新公开信息");
		var text = (String) mail.get("body_text");
		assertThat(text).contains("关于订阅测试匹配的政策解读" + id, agency.publicUrl() + "/catalogue/items/" + matching, "发布日期")
			.doesNotContain("不匹配", "待确认期间");
		assertThat((String) mail.get("body_html")).contains(agency.publicUrl() + "/catalogue/items/" + matching);
		var unsubscribeUrl = (String) mail.get("list_unsubscribe");
		assertThat(unsubscribeUrl).startsWith(agency.publicUrl() + "/subscriptions/unsubscribe/");
		assertThat(text).contains(unsubscribeUrl);
		assertThat(jdbc.queryForObject("select count(*) from subscription_digest where subscription_id = ? and digest_on = ?",
				Integer.class, id, day)).isEqualTo(1);
		assertThat(other).isNotEqualTo(matching);

		// the same day again, after something new: no second mail
		publish("关于订阅测试同日再次运行的解读" + id, "interpretation");
		awaitIndexed();
		digest.run(day);
		assertThat(mails(email, "SUBSCRIPTION_DIGEST")).hasSize(1);

		// RFC 8058 one-click: a bare POST, no session, no CSRF token
		var unsubscribePath = unsubscribeUrl.substring(agency.publicUrl().length());
		var oneClick = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(unsubscribePath)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForMap("select status, email, email_hash from subscription where id = ?", id))
			.containsEntry("status", "CANCELLED").containsEntry("email", null).containsEntry("email_hash", null);
		assertThat(visitor.get(unsubscribePath).body()).contains("已退订").doesNotContain("id=\"subscription-action\"");
		assertThat(visitor.get("/subscriptions/unsubscribe/" + "x".repeat(43)).statusCode()).isEqualTo(404);

		// the next day: nothing, although something new was published
		awaitIndexed();
		digest.run(day.plusDays(1));
		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subscription_id = ? and event_type = ?",
				Integer.class, id, "SUBSCRIPTION_DIGEST")).isEqualTo(1);
	}

	@Test
	void savedSearchRunsTheRealSearch() throws Exception {
		var mark = "蓝藻水华监测";
		var email = "search-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
		var results = PageSession.anonymous(url("")).get("/catalogue?q=" + encode(mark) + "&genre=" + encode("通知"));
		assertThat(results.body()).contains("id=\"subscribe\"", "/subscriptions/new?q=");
		var visitor = PageSession.anonymous(url(""));
		var form = visitor.get("/subscriptions/new?q=" + encode(mark) + "&genre=" + encode("通知"));
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains(mark, "体裁");
		visitor.postForm("/subscriptions/new", "q=" + encode(mark) + "&genre=" + encode("通知") + "&email=" + encode(email)
				+ "&_csrf=" + csrf(form.body()));
		var confirmation = mails(email, "SUBSCRIPTION_CONFIRM");
		assertThat(confirmation).hasSize(1);
		long id = ((Number) confirmation.get(0).get("subscription_id")).longValue();
		var matcher = CONFIRM_LINK.matcher((String) confirmation.get(0).get("body_text"));
		assertThat(matcher.find()).isTrue();
		var confirmPath = "/subscriptions/confirm/" + matcher.group(1);
		var confirmed = visitor.postForm(confirmPath, "_csrf=" + csrf(visitor.get(confirmPath).body()));
		assertThat(confirmed.body()).contains("已确认订阅");
		assertThat(jdbc.queryForMap("select kind, status from subscription where id = ?", id)).containsEntry("kind", "SEARCH")
			.containsEntry("status", "CONFIRMED");

		var notice = publish("关于" + mark + "工作的通知", "other-doc", "通知");
		publish("关于" + mark + "工作的意见", "other-doc", "意见");
		publish("关于其他事项的通知" + id, "other-doc", "通知");
		var found = eventually(Duration.ofSeconds(30),
				() -> get("/api/catalogue/search?sort=date&q=" + encode(mark) + "&genre=" + encode("通知"), null),
				r -> r.json() != null && r.json().toString().contains("\"id\":\"" + notice + "\""));
		assertThat(found.json().get("total").asLong()).as(found.text()).isEqualTo(1);

		awaitIndexed();
		var outcome = digest.run(LocalDate.now(CHINA).plusDays(60));
		assertThat(outcome.failed()).isZero();
		var digests = mails(email, "SUBSCRIPTION_DIGEST");
		assertThat(digests).as("digest of %s, published %s", jdbc.queryForMap("select * from subscription where id = ?", id),
				jdbc.queryForList("select id, status, published_at from catalogue_item where id = ?", notice)).hasSize(1);
		var text = (String) digests.get(0).get("body_text");
		assertThat(text).contains("关于" + mark + "工作的通知", agency.publicUrl() + "/catalogue/items/" + notice)
			.doesNotContain("工作的意见", "其他事项");
	}

	@Test
	void signedInCitizenSeesAndCancelsTheirSubscriptions() {
		var citizen = PageSession.signIn(url(""), "applicant1");
		var form = citizen.get("/subscriptions/new?agency=jyj");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("市教育局", "value=\"applicant1@example.com\"");
		var email = "mine-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
		citizen.postForm("/subscriptions/new", "agency=jyj&email=" + encode(email) + "&_csrf=" + citizen.csrf());
		long id = ((Number) mails(email, "SUBSCRIPTION_CONFIRM").get(0).get("subscription_id")).longValue();

		var mine = citizen.get("/me/subscriptions");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("data-subscription=\"" + id + "\"", "市教育局", email, "待确认");
		// someone else cannot end it, and an anonymous visitor is sent to sign in
		var other = PageSession.signIn(url(""), "applicant2");
		other.postForm("/me/subscriptions/" + id + "/cancel", "_csrf=" + other.csrf());
		assertThat(jdbc.queryForObject("select status from subscription where id = ?", String.class, id)).isEqualTo("PENDING");
		assertThat(PageSession.anonymous(url("")).get("/me/subscriptions").statusCode()).isEqualTo(302);

		var cancelled = citizen.postForm("/me/subscriptions/" + id + "/cancel", "_csrf=" + citizen.csrf());
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select status from subscription where id = ?", String.class, id)).isEqualTo("CANCELLED");
		assertThat(citizen.get("/me/subscriptions").body()).doesNotContain("data-subscription=\"" + id + "\"");
	}

	@Test
	void theFormIsRateLimitedPerClient() {
		var visitor = PageSession.anonymous(url(""));
		var token = csrf(visitor.get("/subscriptions/new?column=interpretation").body());
		// posing as a client behind the (trusted, loopback) proxy, from an address no other test uses
		var address = "198.19.250." + (1 + ThreadLocalRandom.current().nextInt(250));
		var statuses = new java.util.ArrayList<Integer>();
		for (int i = 0; i < 7; i++) {
			statuses.add(visitor.send(HttpRequest.newBuilder(URI.create(url("/subscriptions/new")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", address)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString("column=interpretation&email=not-an-address&_csrf=" + token)))
				.statusCode());
		}
		assertThat(statuses.subList(0, 5)).containsOnly(200);
		assertThat(statuses.get(6)).isEqualTo(429);
	}

	/**
	 * Waits until the search outbox is applied (saved searches wait for it, and the digest would count them
	 * failed) and the second of the last publication is over (a digest run now ends its window at the
	 * whole second).
	 */
	private void awaitIndexed() throws InterruptedException {
		Thread.sleep(2000);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (jdbc.queryForObject("select count(*) from search_outbox", Long.class) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	private List<Map<String, Object>> mails(String recipient, String eventType) {
		return jdbc.queryForList("select * from mail_outbox where recipient = ? and event_type = ? order by id", recipient,
				eventType);
	}

	private long publish(String title, String column) {
		return publish(title, column, "解读");
	}

	private long publish(String title, String column, String genre) {
		var item = draft.draft(new ItemContent(title, title + "的内容概述。", title + "，请认真贯彻落实。", "市教育局",
				LocalDate.now(CHINA), null, column, "科技、教育\\教育", genre), "jyj", CLERK.userId());
		submit.submit(item.getId(), CLERK);
		DemoData.approveAll(item.getId(), "jyj", HEAD.userId(), inbox);
		return item.getId();
	}

	private static String csrf(String page) {
		var matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
		return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
	}
}
