package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.portal.GongkaiApplication;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.demo.DemoData;
import org.gongkai.search.CatalogueIndex;
import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.publication.CatalogueItems;

import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.publication.SearchOutbox;
import org.gongkai.workflow.publication.SearchOutboxEntry;
import org.gongkai.workflow.publication.SubmitDraft;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Elasticsearch goes away while items are approved and withdrawn: the portal sees the shared
 * Elasticsearch only through a {@link TcpProxy} this test stops and starts. Approvals commit
 * regardless, and once Elasticsearch is back every approved item becomes searchable and every
 * withdrawn one disappears, with no manual step.
 */
@SpringBootTest(classes = GongkaiApplication.class)
class CatalogueOutageIT {

	private static final TcpProxy PROXY = proxy();

	private static final Staff CLERK = new Staff("clerk1", Set.of("clerk"), "fgw");

	private static final Staff HEAD = new Staff("head1", Set.of("dept-head"), "fgw");

	@Autowired
	DraftCatalogueItem draft;

	@Autowired
	SubmitDraft submit;

	@Autowired
	TaskInbox inbox;

	@Autowired
	CatalogueItems items;

	@Autowired
	SearchOutbox outbox;

	@Autowired
	CatalogueSearch search;

	@Autowired
	CatalogueIndex index;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_catalogue_outage", registry);
		registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + PROXY.port());
		registry.add("spring.elasticsearch.socket-timeout", () -> "3s");
		registry.add("gongkai.search.relay-interval", () -> "500ms");
	}

	@AfterAll
	static void stopProxy() throws IOException {
		PROXY.close();
	}

	@Test
	void itemsApprovedOrWithdrawnWhileElasticsearchIsDownAreIndexedRightWhenItReturns() throws Exception {
		long before = publish("停电前发布的燃煤锅炉整治通知");
		awaitSearchable("停电前发布的燃煤锅炉整治通知", before, true);

		PROXY.stop();
		assertThat(index.available()).isFalse();

		var approved = new ArrayList<Long>();
		for (var word : List.of("地下管廊巡检", "桥梁隧道养护", "公共自行车调度", "学校食堂监管", "河道保洁考核")) {
			approved.add(publish("关于做好" + word + "工作的通知"));
		}
		long approvedThenWithdrawn = publish("关于暂停部分停车场收费的公告");
		withdraw(approvedThenWithdrawn);
		withdraw(before);

		assertThat(items.findAllById(approved)).allSatisfy(item -> {
			assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
			assertThat(item.getIndexNo()).isNotBlank();
		});
		// the relay keeps trying; nothing is given up while Elasticsearch is away
		Thread.sleep(2_000);
		assertThat(outbox.count()).isGreaterThanOrEqualTo(approved.size() + 2);
		try {
			search.search(SearchQuery.of("地下管廊巡检"));
			throw new AssertionError("Elasticsearch should be unreachable");
		}
		catch (SearchUnavailable expected) {
			// the portal says so instead of failing
		}

		PROXY.start();

		var deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (outbox.count() > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
		}
		assertThat(outbox.count()).as("outbox drained after Elasticsearch returned").isZero();
		var titles = List.of("关于做好地下管廊巡检工作的通知", "关于做好桥梁隧道养护工作的通知", "关于做好公共自行车调度工作的通知",
				"关于做好学校食堂监管工作的通知", "关于做好河道保洁考核工作的通知");
		for (int i = 0; i < approved.size(); i++) {
			awaitSearchable(titles.get(i), approved.get(i), true);
		}
		awaitSearchable("关于暂停部分停车场收费的公告", approvedThenWithdrawn, false);
		awaitSearchable("停电前发布的燃煤锅炉整治通知", before, false);
		var all = search.search(new SearchQuery(null, Map.of(), SearchQuery.DATE, 100, null));
		assertThat(all.hits()).extracting(h -> Long.valueOf(h.id())).containsAll(approved)
			.doesNotContain(approvedThenWithdrawn, before);
	}

	private long publish(String title) {
		var item = draft.draft(new ItemContent(title, "停电演练用的条目。", title + "，请遵照执行。", "市发展和改革委员会",
				LocalDate.of(2026, 5, 1), null, "other-doc", "综合政务\\政务公开", "通知"), "fgw", CLERK.userId());
		submit.submit(item.getId(), CLERK);
		// every review step (保密审查, department head, ⚙ extra levels) approves
		DemoData.approveAll(item.getId(), "fgw", HEAD.userId(), inbox);
		assertThat(items.findById(item.getId()).orElseThrow().getStatus()).isEqualTo(ItemStatus.PUBLISHED);
		return item.getId();
	}

	/**
	 * What withdrawing an item leaves behind, in one transaction: the row no longer public and a
	 * REMOVE entry in the outbox. (The withdrawal use case of the publishing flow does exactly this.)
	 */
	private void withdraw(long id) {
		transactions.executeWithoutResult(status -> {
			jdbc.update("update catalogue_item set status = 'WITHDRAWN', version = version + 1, updated_at = ? where id = ?",
					java.sql.Timestamp.from(Instant.now()), id);
			outbox.save(new SearchOutboxEntry(id, SearchOutboxEntry.Action.REMOVE, Instant.now()));
		});
	}

	private void awaitSearchable(String title, long id, boolean expected) throws InterruptedException {
		var deadline = Instant.now().plus(Duration.ofSeconds(30));
		do {
			try {
				boolean found = search.search(SearchQuery.of(title))
					.hits()
					.stream()
					.anyMatch(h -> h.id().equals(String.valueOf(id)));
				if (found == expected) {
					return;
				}
			}
			catch (SearchUnavailable e) {
				// not back yet
			}
			Thread.sleep(250);
		}
		while (Instant.now().isBefore(deadline));
		throw new AssertionError("Item " + id + " (" + title + ") " + (expected ? "never became" : "is still") + " searchable");
	}

	private static TcpProxy proxy() {
		try {
			var es = URI.create(RealServers.ES_URL);
			var proxy = new TcpProxy(es.getHost(), es.getPort());
			proxy.start();
			return proxy;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
