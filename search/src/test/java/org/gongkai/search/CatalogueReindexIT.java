package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds a catalogue index on a real Elasticsearch while searches run without pause and a
 * "relay" keeps indexing and withdrawing items, including the worst case: an item withdrawn after
 * the fill read it, and an item changed after the fill read its old state.
 */
class CatalogueReindexIT {

	private static final String ES_URL = Objects.requireNonNullElse(System.getenv("GONGKAI_ES_URL"),
			"http://127.0.0.1:9200");

	private static final int ITEMS = 600;

	private static RestClient rest;

	private static ElasticsearchClient client;

	private String alias;

	private CatalogueIndex index;

	private CatalogueSearch search;

	private Records records;

	@BeforeAll
	static void connect() {
		rest = RestClient.builder(HttpHost.create(ES_URL)).build();
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(json)));
	}

	@AfterAll
	static void disconnect() throws IOException {
		if (rest != null) {
			rest.close();
		}
	}

	@BeforeEach
	void indexTheCatalogue() {
		this.alias = "it-reindex-" + UUID.randomUUID().toString().substring(0, 8);
		this.index = new CatalogueIndex(client, this.alias);
		this.search = new CatalogueSearch(client, this.alias);
		this.records = new Records();
		List<CatalogueDocument> docs = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			CatalogueDocument doc = doc("item-%04d".formatted(i), "关于做好第" + i + "批政府信息公开工作的通知");
			this.records.put(doc);
			docs.add(doc);
		}
		this.index.bulkIndex(docs);
	}

	@AfterEach
	void deleteTheIndices() throws IOException {
		for (String name : List.of(this.alias, this.index.rebuildAlias())) {
			if (client.indices().existsAlias(a -> a.name(name)).value()) {
				for (String concrete : client.indices().getAlias(g -> g.name(name)).result().keySet()) {
					client.indices().delete(d -> d.index(concrete).ignoreUnavailable(true));
				}
			}
		}
		client.indices().delete(d -> d.index(this.index.physicalIndex()).ignoreUnavailable(true));
	}

	@Test
	void swapsTheAliasWhileSearchesRunAndLosesNoWriteMadeDuringTheRebuild() throws Exception {
		CatalogueReindex reindex = new CatalogueReindex(client, this.index, Clock.systemUTC(), Duration.ofMillis(500));
		List<String> problems = new CopyOnWriteArrayList<>();
		AtomicInteger searches = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread searcher = new Thread(() -> {
			while (running.get()) {
				try {
					SearchResult all = this.search.search(new SearchQuery("信息公开", Map.of(), "date", 5, null));
					SearchResult browse = this.search.search(new SearchQuery(null, Map.of(), "date", 5, null));
					if (all.total() < ITEMS - 10 || browse.total() < ITEMS - 10 || all.hits().isEmpty()) {
						problems.add("search saw " + all.total() + " / " + browse.total() + " items");
					}
					searches.incrementAndGet();
				}
				catch (RuntimeException ex) {
					problems.add(ex.toString());
				}
			}
		}, "searcher");

		// the relay's work while the fill runs: each batch read is followed by changes the fill
		// cannot know of, applied to the database first and to the index after, as the relay does
		AtomicInteger batches = new AtomicInteger();
		List<String> added = new ArrayList<>();
		List<String> withdrawn = new ArrayList<>();
		List<String> retitled = new ArrayList<>();
		this.records.afterEachBatch = batch -> {
			int n = batches.incrementAndGet();
			CatalogueDocument fresh = doc("new-%02d".formatted(n), "第" + n + "号新发布的公告");
			this.records.put(fresh);
			this.index.index(fresh);
			added.add(fresh.id());
			// this batch is already read: withdraw one of its items and retitle another, so that the
			// fill writes their old state after the relay wrote the new one
			String gone = batch.get(0).id();
			this.records.remove(gone);
			this.index.delete(gone);
			withdrawn.add(gone);
			CatalogueDocument changed = doc(batch.get(1).id(), "已更正的第" + n + "号文件");
			this.records.put(changed);
			this.index.index(changed);
			retitled.add(changed.id());
		};

		searcher.start();
		Thread.sleep(300);
		Rebuilt rebuilt;
		try {
			rebuilt = reindex.rebuild(this.records, false);
		}
		finally {
			Thread.sleep(300);
			running.set(false);
			searcher.join();
		}

		assertThat(problems).as("searches during the rebuild").isEmpty();
		assertThat(searches.get()).as("searches ran during the rebuild").isGreaterThan(3);
		assertThat(batches.get()).isGreaterThan(2);
		assertThat(rebuilt.previousIndices()).containsExactly(this.alias + "-v2");
		assertThat(rebuilt.index()).startsWith(this.alias + "-v2-");
		assertThat(rebuilt.reapplied()).isPositive();
		assertThat(client.indices().getAlias(g -> g.name(this.alias)).result()).containsOnlyKeys(rebuilt.index());
		assertThat(client.indices().existsAlias(a -> a.name(this.index.rebuildAlias())).value()).isFalse();
		assertThat(client.indices().exists(e -> e.index(this.alias + "-v2")).value()).as("old index deleted").isFalse();
		assertThat(reindex.running()).isEmpty();

		Set<String> indexed = allIds();
		assertThat(indexed).containsAll(added).doesNotContainAnyElementsOf(withdrawn);
		assertThat(indexed).containsExactlyInAnyOrderElementsOf(this.records.ids());
		for (String id : retitled) {
			assertThat(titleOf(id)).as("title of " + id).startsWith("已更正的");
		}

		// writes after the swap go to the new index only, and nothing refers to the rebuild alias
		CatalogueDocument later = doc("after-swap", "换索引之后发布的通知");
		this.index.index(later);
		assertThat(allIds()).contains("after-swap");
	}

	@Test
	void refusesASecondRebuildAndDiscardsAnAbandonedOne() {
		CatalogueReindex reindex = new CatalogueReindex(client, this.index, Clock.systemUTC(), Duration.ZERO);
		CatalogueReindex other = new CatalogueReindex(client, this.index, Clock.systemUTC(), Duration.ZERO);
		List<RuntimeException> second = new ArrayList<>();
		this.records.afterEachBatch = batch -> {
			if (second.isEmpty()) {
				try {
					other.rebuild(new Records(), false);
				}
				catch (RuntimeException ex) {
					second.add(ex);
				}
			}
		};
		reindex.rebuild(this.records, false);
		assertThat(second).singleElement().isInstanceOf(RebuildAlreadyRunning.class);

		// a node died mid-rebuild: its index still carries the rebuild alias
		Records crashing = new Records();
		crashing.put(doc("only", "唯一的条目"));
		crashing.afterEachBatch = batch -> {
			throw new IllegalStateException("node died");
		};
		String live = liveIndex();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> reindex.rebuild(crashing, false));
		assertThat(liveIndex()).as("a failed rebuild leaves the live index alone").isEqualTo(live);
		assertThat(reindex.running()).as("a failed rebuild cleans up after itself").isEmpty();
		assertThat(allIds()).hasSize(ITEMS);

		String abandoned = this.alias + "-v2-abandoned";
		Calls.call("simulating a crashed rebuild", () -> client.indices()
			.create(c -> c.index(abandoned).aliases(this.index.rebuildAlias(), a -> a.isWriteIndex(true))));
		assertThatExceptionOfType(RebuildAlreadyRunning.class).isThrownBy(() -> reindex.rebuild(this.records, false))
			.satisfies(ex -> assertThat(ex.index()).isEqualTo(abandoned));
		Rebuilt rebuilt = reindex.rebuild(this.records, true);
		assertThat(rebuilt.documents()).isEqualTo(ITEMS);
		assertThat(Calls.call("checking", () -> client.indices().exists(e -> e.index(abandoned)).value())).isFalse();
		assertThat(allIds()).hasSize(ITEMS);
	}

	@Test
	void aNewIndexGetsTheConfiguredLayoutAndARebuildKeepsIt() throws IOException {
		String alias = this.alias + "-layout";
		CatalogueIndex laidOut = new CatalogueIndex(client, alias, new IndexLayout(2, 1));
		try {
			laidOut.bulkIndex(List.of(doc("layout-1", "关于索引分片设置的通知")));
			assertThat(layoutsBehind(alias)).as("shards/replicas of the first index").containsExactly("2/1");

			Rebuilt rebuilt = new CatalogueReindex(client, laidOut, Clock.systemUTC(), Duration.ZERO)
				.rebuild(this.records, false);
			assertThat(rebuilt.documents()).isEqualTo(ITEMS);
			assertThat(layoutsBehind(alias)).as("shards/replicas of the rebuilt index").containsExactly("2/1");
		}
		finally {
			deleteIndicesBehind(alias);
		}
	}

	@Test
	void severalWorkersFillEveryItemOnceWhateverOrderTheirChunksArriveIn() throws IOException {
		Rebuilt rebuilt = new CatalogueReindex(client, this.index, Clock.systemUTC(), Duration.ZERO, 4)
			.rebuild(this.records, false);

		assertThat(rebuilt.documents()).isEqualTo(ITEMS);
		assertThat(allIds()).containsExactlyInAnyOrderElementsOf(this.records.ids());
		assertThat(client.count(c -> c.index(this.alias)).count()).isEqualTo(ITEMS);
	}

	@Test
	void fillsTheNewIndexWithoutPeriodicRefreshAndRefreshesItAgainOnceLive() throws IOException {
		List<String> whileFilling = new CopyOnWriteArrayList<>();
		this.records.afterEachBatch = batch -> whileFilling.addAll(refreshIntervalsBehind(this.index.rebuildAlias()));

		new CatalogueReindex(client, this.index, Clock.systemUTC(), Duration.ZERO).rebuild(this.records, false);

		assertThat(whileFilling).isNotEmpty().containsOnly(CatalogueReindex.NO_REFRESH);
		assertThat(refreshIntervalsBehind(this.alias)).containsExactly(CatalogueReindex.REFRESH_INTERVAL);
	}

	@Test
	void aFillThatElasticsearchRefusesForAWhileWritesAgainAndLosesNothing() throws Exception {
		// read_only_allow_delete is what a full disk sets: writes are answered 429 until it is lifted
		AtomicBoolean blocked = new AtomicBoolean();
		List<Thread> lifters = new CopyOnWriteArrayList<>();
		this.records.afterEachBatch = batch -> {
			if (blocked.compareAndSet(false, true)) {
				String target = Calls.call("rebuild alias", () -> client.indices()
					.getAlias(g -> g.name(this.index.rebuildAlias())).result().keySet()).iterator().next();
				Calls.call("block", () -> client.indices().putSettings(p -> p.index(target)
					.settings(s -> s.blocks(b -> b.readOnlyAllowDelete(true)))));
				Thread lifter = new Thread(() -> {
					try {
						Thread.sleep(2_500);
						Calls.call("unblock", () -> client.indices().putSettings(p -> p.index(target)
							.settings(s -> s.blocks(b -> b.readOnlyAllowDelete(false)))));
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
				lifter.start();
				lifters.add(lifter);
			}
		};

		Rebuilt rebuilt = new CatalogueReindex(client, this.index, Clock.systemUTC(), Duration.ZERO).rebuild(this.records, false);
		for (Thread lifter : lifters) {
			lifter.join();
		}

		assertThat(blocked).isTrue();
		assertThat(rebuilt.documents()).isEqualTo(ITEMS);
		assertThat(allIds()).containsExactlyInAnyOrderElementsOf(this.records.ids());
	}

	@Test
	void aWorkerThatFailsStopsTheFillAndTheLiveIndexStaysAsItWas() throws IOException {
		String live = liveIndex();
		// another node discards this rebuild while its chunks are being sent: the workers' writes fail
		AtomicInteger batches = new AtomicInteger();
		this.records.afterEachBatch = batch -> {
			if (batches.incrementAndGet() == 3) {
				Calls.call("discarding", () -> {
					for (String target : client.indices().getAlias(g -> g.name(this.index.rebuildAlias())).result().keySet()) {
						client.indices().delete(d -> d.index(target));
					}
					return null;
				});
			}
		};
		CatalogueReindex reindex = new CatalogueReindex(client, this.index, Clock.systemUTC(), Duration.ZERO, 3);

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> reindex.rebuild(this.records, false));

		assertThat(liveIndex()).isEqualTo(live);
		assertThat(client.count(c -> c.index(this.alias)).count()).isEqualTo(ITEMS);
		assertThat(client.indices().existsAlias(a -> a.name(this.index.rebuildAlias())).value()).isFalse();
		assertThat(reindex.running()).isEmpty();
	}

	@Test
	void withoutConfiguredReplicasARebuildKeepsThoseRaisedByHandOnTheLiveIndex() throws IOException {
		assertThat(layoutsBehind(this.alias)).as("the bundled layout").containsExactly("1/0");
		client.indices().putSettings(p -> p.index(this.alias).settings(s -> s.numberOfReplicas("1")));

		new CatalogueReindex(client, this.index, Clock.systemUTC(), Duration.ZERO).rebuild(this.records, false);

		assertThat(layoutsBehind(this.alias)).containsExactly("1/1");
	}

	/** {@code shards/replicas} of each index behind the alias. */
	private static List<String> layoutsBehind(String alias) throws IOException {
		return client.indices()
			.getSettings(g -> g.index(alias))
			.result()
			.values()
			.stream()
			.map(state -> state.settings().index().numberOfShards() + "/" + state.settings().index().numberOfReplicas())
			.toList();
	}

	private static List<String> refreshIntervalsBehind(String alias) {
		return Calls.call("settings", () -> client.indices().getSettings(g -> g.index(alias)))
			.result()
			.values()
			.stream()
			.map(state -> String.valueOf(state.settings().index().refreshInterval().time()))
			.toList();
	}

	private static void deleteIndicesBehind(String alias) throws IOException {
		if (client.indices().existsAlias(a -> a.name(alias)).value()) {
			for (String concrete : client.indices().getAlias(g -> g.name(alias)).result().keySet()) {
				client.indices().delete(d -> d.index(concrete).ignoreUnavailable(true));
			}
		}
	}

	private String liveIndex() {
		return Calls.call("alias", () -> client.indices().getAlias(g -> g.name(this.alias)).result().keySet())
			.iterator()
			.next();
	}

	private Set<String> allIds() {
		Set<String> ids = new java.util.HashSet<>();
		SearchQuery query = new SearchQuery(null, Map.of(), "date", SearchQuery.MAX_SIZE, null);
		while (true) {
			SearchResult page = this.search.search(query);
			page.hits().forEach(hit -> ids.add(hit.id()));
			if (page.next() == null) {
				return ids;
			}
			query = query.withAfter(page.next());
		}
	}

	private String titleOf(String id) throws IOException {
		@SuppressWarnings("rawtypes")
		var got = client.get(g -> g.index(this.alias).id(id), Map.class);
		return String.valueOf(got.source().get(CatalogueSource.TITLE));
	}

	private static CatalogueDocument doc(String id, String title) {
		LocalDate published = LocalDate.of(2025, 1, 1).plusDays(Math.abs(id.hashCode()) % 300);
		return new CatalogueDocument(id, "000014349/2025-" + id, title, "政府信息公开工作安排。", "各单位要按照条例做好政府信息公开工作。",
				"某市人民政府办公室", "bgs", published.minusDays(3), published, null, "other-doc", "其他文件", "综合政务\\政务公开",
				"通知", "有效", List.of(), List.of(), null);
	}

	/**
	 * The system of record: a sorted map with a version and change time per item; withdrawn items
	 * stay as tombstones, as rows do in the database.
	 */
	static final class Records implements CatalogueRecords {

		private record Row(long version, Instant changedAt, CatalogueDocument document) {
		}

		private final Map<String, Row> rows = new ConcurrentHashMap<>();

		private final AtomicInteger versions = new AtomicInteger();

		Consumer<List<CatalogueDocument>> afterEachBatch = batch -> {
		};

		void put(CatalogueDocument doc) {
			this.rows.put(doc.id(), new Row(this.versions.incrementAndGet(), Instant.now(), doc));
		}

		void remove(String id) {
			this.rows.put(id, new Row(this.versions.incrementAndGet(), Instant.now(), null));
		}

		List<String> ids() {
			return this.rows.entrySet().stream().filter(e -> e.getValue().document() != null).map(Map.Entry::getKey).toList();
		}

		@Override
		public void readAll(Consumer<List<CatalogueDocument>> batch) {
			List<CatalogueDocument> all = new TreeMap<>(this.rows).values()
				.stream()
				.map(Row::document)
				.filter(Objects::nonNull)
				.toList();
			for (int from = 0; from < all.size(); from += 100) {
				List<CatalogueDocument> page = all.subList(from, Math.min(all.size(), from + 100));
				this.afterEachBatch.accept(page);
				batch.accept(page);
			}
		}

		@Override
		public List<Change> changedSince(Instant since) {
			List<Change> changes = new ArrayList<>();
			this.rows.forEach((id, row) -> {
				if (!row.changedAt().isBefore(since)) {
					changes.add((row.document() != null) ? Change.index(row.document(), row.version())
							: Change.remove(id, row.version()));
				}
			});
			return changes;
		}

	}

}
