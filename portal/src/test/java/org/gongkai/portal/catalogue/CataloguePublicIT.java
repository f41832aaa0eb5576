package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongkai.portal.RealServers;
import org.gongkai.portal.demo.DemoData;
import org.gongkai.search.SearchAdmission;

import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public catalogue as a citizen and an operator meet it, on real servers: the search API's
 * JSON, paging messages, suggestions, the column tree with counts, the item page, the Atom feed,
 * and the index rebuild through the admin API while the catalogue stays searchable.
 */
class CataloguePublicIT extends CatalogueIT {

	/** A word no other test publishes, so that counts are this test's own. */
	private static final String MARK = "潮汐能";

	private static final Staff CLERK = new Staff("clerk2", Set.of("clerk"), "jyj");

	private static final Staff HEAD = new Staff("head2", Set.of("dept-head"), "jyj");

	private static final List<Long> published = new ArrayList<>();

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	SubmitDraft submit;

	@Autowired
	TaskInbox inbox;

	@Autowired
	SearchAdmission admission;

	@BeforeEach
	void publishOnce() throws Exception {
		if (!published.isEmpty()) {
			return;
		}
		published.add(publish("关于" + MARK + "科普进校园活动的通知", "教〔2025〕7号", "other-doc", "科技、教育\\教育", "通知",
				LocalDate.of(2025, 3, 3)));
		published.add(publish("关于" + MARK + "实验室建设的实施意见", "教规〔2026〕2号", "normative", "科技、教育\\科技", "意见",
				LocalDate.of(2026, 4, 1)));
		published.add(publish("《关于" + MARK + "实验室建设的实施意见》政策解读", null, "interpretation", "科技、教育\\科技", "解读",
				LocalDate.of(2026, 4, 2)));
		eventually(Duration.ofSeconds(20), () -> get("/api/catalogue/search?q=" + encode(MARK), null),
				r -> r.json() != null && r.json().get("total").asLong() == 3);
	}

	@Test
	void searchApiAnswersInTheDocumentedShape() {
		var response = get("/api/catalogue/search?q=" + encode(MARK) + "&size=2&sort=date", null);
		assertThat(response.status()).isEqualTo(200);
		var json = response.json();
		assertThat(fields(json)).containsExactly("total", "hits", "facets", "next", "partial");
		assertThat(json.get("partial").asBoolean()).as("a search within its time budget").isFalse();
		assertThat(json.get("total").asLong()).isEqualTo(3);
		assertThat(json.get("hits")).hasSize(2);
		var hit = json.get("hits").get(0);
		assertThat(fields(hit)).containsExactly("id", "indexNo", "title", "issuer", "writtenDate", "column", "highlight");
		assertThat(hit.get("indexNo").asText()).matches("000014350/20\\d\\d-\\d{5}");
		assertThat(hit.get("writtenDate").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
		assertThat(hit.get("highlight").asText()).contains("<em>" + MARK + "</em>");
		var interpretation = get("/api/catalogue/search?q=" + encode("政策解读 " + MARK), null).json().get("hits").get(0);
		assertThat(interpretation.get("id").asText()).isEqualTo(String.valueOf(published.get(2)));
		assertThat(interpretation.get("writtenDate").asText()).isEqualTo("2026-04-02");
		assertThat(interpretation.get("column").asText()).isEqualTo("政策解读");
		assertThat(interpretation.get("issuer").asText()).isEqualTo("市教育局");
		assertThat(fields(json.get("facets"))).containsExactly("column", "topic", "issuer", "year", "genre", "validity");
		// the year of publication: all three today
		assertThat(json.get("facets").get("year").toString())
			.isEqualTo("[{\"value\":\"" + LocalDate.now().getYear() + "\",\"count\":3}]");
		assertThat(json.get("facets").get("genre").toString()).contains("{\"value\":\"通知\",\"count\":1}",
				"{\"value\":\"意见\",\"count\":1}", "{\"value\":\"解读\",\"count\":1}");
		assertThat(json.get("facets").get("topic").toString()).contains("{\"value\":\"科技、教育\\\\科技\",\"count\":2}");
		assertThat(json.get("facets").get("validity").toString()).isEqualTo("[{\"value\":\"有效\",\"count\":3}]");
		assertThat(json.get("facets").get("issuer").toString()).isEqualTo("[{\"value\":\"市教育局\",\"count\":3}]");
		assertThat(json.get("next").asText()).isNotBlank();

		var second = get("/api/catalogue/search?q=" + encode(MARK) + "&size=2&sort=date&after=" + encode(json.get("next").asText()), null).json();
		assertThat(second.get("hits")).hasSize(1);
		var ids = new java.util.HashSet<String>();
		json.get("hits").forEach(h -> ids.add(h.get("id").asText()));
		ids.add(second.get("hits").get(0).get("id").asText());
		assertThat(ids).containsExactlyInAnyOrderElementsOf(published.stream().map(String::valueOf).toList());
		assertThat(second.get("next").isNull()).isTrue();

		var filtered = get("/api/catalogue/search?q=" + encode(MARK) + "&genre=" + encode("意见") + "&column="
				+ encode("行政规范性文件"), null).json();
		assertThat(filtered.get("total").asLong()).isEqualTo(1);
		assertThat(filtered.get("facets").get("genre").toString()).isEqualTo("[{\"value\":\"意见\",\"count\":1}]");
	}

	@Test
	void badInputIsAProblemOnTheApiAndAMessageOnThePage() {
		var bad = get("/api/catalogue/search?q=" + encode(MARK) + "&after=not-a-cursor", null);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.json().get("detail").asText()).contains("cursor");
		assertThat(get("/api/catalogue/search?size=1000", null).status()).isEqualTo(400);
		assertThat(get("/api/catalogue/search?sort=best", null).status()).isEqualTo(400);

		var page = get("/catalogue?q=" + encode(MARK) + "&after=not-a-cursor", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("该页码已失效，请从第一页重新检索。");

		// a cursor past every matching item: the page says there is nothing more, with a way back
		var notice = get("/api/catalogue/search?q=" + encode(MARK) + "&size=1&sort=date&genre=" + encode("通知"), null).json();
		assertThat(notice.get("total").asLong()).isEqualTo(1);
		assertThat(notice.get("next").isNull()).isTrue();
		// same day, ties broken by id: the 2025 item (published first) comes before the cursor
		var older = get("/api/catalogue/search?q=" + encode(MARK) + "&size=2&sort=date", null).json();
		var pastEnd = get("/catalogue?q=" + encode(MARK) + "&sort=date&genre=" + encode("通知") + "&after=" + encode(older.get("next").asText()), null);
		assertThat(pastEnd.status()).isEqualTo(200);
		assertThat(pastEnd.text()).contains("id=\"past-end\"").contains("已经没有更多结果了。");
	}

	@Test
	void searchesBeyondTheNodesBoundAreAnsweredBusyAtOnce() throws Exception {
		var release = new CountDownLatch(1);
		var held = new CountDownLatch(admission.inFlight());
		var holders = Executors.newFixedThreadPool(admission.inFlight());
		try {
			for (int i = 0; i < admission.inFlight(); i++) {
				holders.submit(() -> admission.admit(() -> {
					held.countDown();
					try {
						return release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						return false;
					}
				}));
			}
			assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
			var api = raw("/api/catalogue/search?q=" + encode(MARK));
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.body()).contains("/search-busy\"");
			assertThat(api.headers().firstValue("Retry-After")).hasValue("1");
			var page = raw("/catalogue?q=" + encode(MARK));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(page.body()).contains("id=\"search-busy\"").doesNotContain("class=\"results\"");
		}
		finally {
			release.countDown();
			holders.shutdown();
			assertThat(holders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(get("/api/catalogue/search?q=" + encode(MARK), null).json().get("total").asLong()).isEqualTo(3);
	}

	/** The answer with its headers. */
	private HttpResponse<String> raw(String path) throws Exception {
		return HttpClient.newHttpClient().send(request(path, null).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void suggestsTitlesAsYouTypeInChineseAndPinyin() {
		var chinese = get("/api/catalogue/suggest?q=" + encode("关于" + MARK), null).json();
		assertThat(chinese).extracting(JsonNode::asText)
			.contains("关于" + MARK + "科普进校园活动的通知", "关于" + MARK + "实验室建设的实施意见");
		var initials = get("/api/catalogue/suggest?q=cxnsys", null).json();
		assertThat(initials).extracting(JsonNode::asText).contains("关于" + MARK + "实验室建设的实施意见");
		var page = get("/catalogue?q=" + encode(MARK), null).text();
		assertThat(page).contains("list=\"q-suggestions\"").contains("/js/suggest.js");
	}

	@Test
	void columnTreeCountsWhatTheIndexHolds() {
		var facets = get("/api/catalogue/search?size=1", null).json().get("facets").get("column");
		long interpretation = count(facets, "政策解读");
		long policy = count(facets, "规章") + count(facets, "行政规范性文件") + count(facets, "其他文件") + interpretation;
		assertThat(interpretation).isPositive();

		var tree = get("/catalogue/columns", null);
		assertThat(tree.status()).isEqualTo(200);
		assertThat(tree.text()).contains("政府信息公开指南", "法定主动公开内容", "政府信息公开年报");
		assertThat(tree.text()).containsPattern("data-column=\"policy\"><span>政策文件</span>\\s*<span class=\"count\">（" + policy + "）");

		var column = get("/catalogue/columns/interpretation", null);
		assertThat(column.text()).contains("《关于" + MARK + "实验室建设的实施意见》政策解读")
			.contains("法定主动公开内容").contains("政策文件");
		assertThat(get("/catalogue/columns/no-such-column", null).status()).isEqualTo(404);
		assertThat(get("/", null).text()).contains("data-column=\"interpretation\"");
	}

	@Test
	void homeListsTheLatestByPublicationDateAndSaysSo() {
		var home = get("/", null).text();
		var dates = java.util.regex.Pattern.compile("<time datetime=\"([0-9-]+)\" class=\"published\">")
			.matcher(home)
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(dates).isNotEmpty();
		assertThat(dates).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(home).contains("发布日期");
	}

	@Test
	void itemPageShowsTheFullMetadata() {
		var page = get("/catalogue/items/" + published.get(1), null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("索引号", "000014350/2026-", "发布机构", "市教育局", "成文日期", "2026-04-01", "文号",
				"教规〔2026〕2号", "主题分类", "科技、教育\\科技", "体裁分类", "意见", "有效性", "有效", "内容概述", "行政规范性文件");
		assertThat(get("/catalogue/items/999999999", null).status()).isEqualTo(404);
	}

	@Test
	void itemPageShowsTheValidityInTheVisitorsLanguage() {
		var chinese = get("/catalogue/items/" + published.get(1), null);
		assertThat(chinese.text()).contains("id=\"validity\">有效</td>");
		var english = get("/catalogue/items/" + published.get(1) + "?lang=en", null);
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.text()).contains("lang=\"en\"", "id=\"validity\">In force</td>").doesNotContain(">有效<");
	}

	@Test
	void atomFeedListsNewItemsWithLinks() throws Exception {
		var feed = get("/catalogue/feed.atom", null);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("application/atom+xml");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.text().getBytes(StandardCharsets.UTF_8)));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(feed.text()).contains("<title>《关于" + MARK + "实验室建设的实施意见》政策解读</title>")
			.contains(url("/catalogue/items/" + published.get(2)));
		assertThat(get("/catalogue", null).text()).contains("application/atom+xml");
	}

	@Test
	void adminRebuildsTheIndexWhileItStaysSearchable() throws Exception {
		assertThat(post("/api/admin/catalogue/index/rebuild", null, null).status()).isEqualTo(401);
		assertThat(post("/api/admin/catalogue/index/rebuild", RealServers.token("clerk1"), null).status()).isEqualTo(403);
		var admin = RealServers.token("admin");
		var before = get("/api/admin/catalogue/index", admin).json();
		assertThat(before.get("rebuilding")).isEmpty();
		long documents = before.get("documents").asLong();
		assertThat(documents).isGreaterThanOrEqualTo(3);

		var rebuilt = post("/api/admin/catalogue/index/rebuild", admin, null);
		assertThat(rebuilt.status()).isEqualTo(200);
		assertThat(rebuilt.json().get("documents").asLong()).isEqualTo(documents);
		assertThat(rebuilt.json().get("previousIndices").get(0).asText()).isEqualTo(before.get("indices").get(0).asText());

		var after = get("/api/admin/catalogue/index", admin).json();
		assertThat(after.get("indices").get(0).asText()).isEqualTo(rebuilt.json().get("index").asText());
		assertThat(after.get("documents").asLong()).isEqualTo(documents);
		assertThat(get("/api/catalogue/search?q=" + encode(MARK), null).json().get("total").asLong()).isEqualTo(3);
		assertThat(get("/api/catalogue/search?q=cxn", null).json().get("total").asLong()).isGreaterThanOrEqualTo(3);
	}

	private long publish(String title, String docNumber, String column, String topic, String genre, LocalDate written) {
		var item = draft.draft(new ItemContent(title, title + "的内容概述。", "各学校：" + title + "，请认真贯彻落实。", "市教育局", written,
				docNumber, column, topic, genre), "jyj", CLERK.userId());
		submit.submit(item.getId(), CLERK);
		// every review step (保密审查, department head, ⚙ extra levels) approves
		DemoData.approveAll(item.getId(), "jyj", HEAD.userId(), inbox);
		return item.getId();
	}

	private static List<String> fields(JsonNode node) {
		var names = new ArrayList<String>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static long count(JsonNode facet, String value) {
		for (var bucket : facet) {
			if (bucket.get("value").asText().equals(value)) {
				return bucket.get("count").asLong();
			}
		}
		return 0;
	}
}
