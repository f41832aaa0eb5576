package org.gongkai.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.portal.faults.FaultDatabases.connect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.gongkai.portal.RealServers;

/**
 * A real three-node Elasticsearch cluster (issue #19): three nodes of the distribution the other tests
 * use, on ports of their own with small heaps, and one portal process given all three addresses in
 * {@code GONGKAI_ES_URL} and one replica ({@code GONGKAI_SEARCH_REPLICAS=1}). Catalogue items are
 * published through their reviews while the node holding the index's primary shard is killed with
 * {@code kill -9}: every search through the portal's public API answers meanwhile (and finds every item
 * found before), every item published is found afterwards (the search outbox retried what failed),
 * and once the node is back the cluster is green with the replica assigned and in step.
 */
class ElasticsearchClusterIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A word of every title here, and of no demo item. */
	private static final String MARKER = "鹭岛湿地巡护";

	private static final int BEFORE_KILL = 5;

	private static final int ITEMS = 20;

	private static final String ALIAS = "catalogue";

	@Test
	void aNodeKilledWhileItemsArePublishedLosesNoItemAndSearchKeepsAnswering() throws Exception {
		var database = FaultDatabases.freshMariaDb("gongkai_it_escluster");
		try (var cluster = ElasticsearchCluster.start("gongkai-it-es", 3, "256m");
				var portal = new PortalProcess("es-cluster",
						Map.of("SPRING_PROFILES_ACTIVE", "mysql", "GONGKAI_ES_URL", cluster.urls(), "GONGKAI_SEARCH_ALIAS",
								ALIAS, "GONGKAI_SEARCH_REPLICAS", "1"),
						settings(database));
				var searcher = new Searcher(portal)) {
			// one after the other: four JVMs starting at once on a small machine slow each other down. Three
			// nodes start in well under a minute on an idle 2-core machine, but took over three on a loaded one
			cluster.awaitHealth("green", 3, Duration.ofMinutes(5));
			portal.start();
			var publisher = new Publisher(portal);
			var published = new ArrayList<Long>();
			for (int i = 1; i <= BEFORE_KILL; i++) {
				published.add(publisher.publish(i));
			}
			awaitFound(portal, published);
			assertThat(copies(cluster)).as("the index has a primary and a replica, both started")
				.extracting(copy -> copy.path("prirep").asText() + " " + copy.path("state").asText())
				.containsExactlyInAnyOrder("p STARTED", "r STARTED");

			searcher.start(published.size());
			var publishing = Executors.newSingleThreadExecutor();
			Future<List<Long>> rest = publishing.submit(() -> {
				var ids = new ArrayList<Long>();
				for (int i = BEFORE_KILL + 1; i <= ITEMS; i++) {
					ids.add(publisher.publish(i));
				}
				return ids;
			});
			publishing.shutdown();
			// kill the node with the primary shard while the next items go through their reviews
			publisher.awaitPublished(BEFORE_KILL + 2, Duration.ofMinutes(1));
			var primary = cluster.node(primaryNode(cluster));
			primary.kill();
			int searchesBeforeKill = searcher.answered();
			var degraded = cluster.awaitHealth("yellow", 2, Duration.ofMinutes(1));
			assertThat(degraded.path("status").asText()).as("with one node gone the cluster is not red").isIn("yellow",
					"green");

			published.addAll(rest.get(3, TimeUnit.MINUTES));
			awaitFound(portal, published);
			assertThat(pendingInOutbox(database)).as("search outbox entries still pending").isZero();
			assertThat(primaryNode(cluster)).as("the replica became the primary").isNotEqualTo(primary.name());
			int searchesDuringOutage = searcher.answered() - searchesBeforeKill;

			primary.start();
			var health = cluster.awaitHealth("green", 3, Duration.ofMinutes(3));
			searcher.close();
			assertThat(health.path("unassigned_shards").asInt()).isZero();
			assertThat(searcher.failures()).as("searches through the portal that did not answer 200 with every item "
					+ "found before the kill").isEmpty();
			assertThat(searchesDuringOutage).as("searches answered while the node was away").isGreaterThan(5);

			// every item published is in the database and found, on a cluster whose two copies agree
			var ids = new TreeSet<>(published);
			assertThat(ids).hasSize(ITEMS);
			assertThat(publishedInDatabase(database)).isEqualTo(ids);
			assertThat(found(portal)).isEqualTo(ids);
			cluster.post("/" + ALIAS + "/_refresh");
			var copies = copies(cluster);
			assertThat(copies).extracting(copy -> copy.path("prirep").asText() + " " + copy.path("state").asText())
				.containsExactlyInAnyOrder("p STARTED", "r STARTED");
			assertThat(copies).extracting(copy -> copy.path("node").asText()).doesNotHaveDuplicates();
			assertThat(copies).extracting(copy -> copy.path("docs").asText())
				.as("documents in the primary and the replica")
				.containsOnly(copies.get(0).path("docs").asText());
			System.out.printf("three-node cluster: killed %s with the primary; %d searches answered during the outage, "
					+ "%d items published, copies now %s%n", primary.name(), searchesDuringOutage, ITEMS, copies);
		}
		finally {
			drop(database);
		}
	}

	/** The shared MariaDB database of the portal, and relays quick enough for a short test. */
	private static Map<String, String> settings(Map<String, String> database) {
		var settings = new LinkedHashMap<>(database);
		settings.put("gongkai.search.relay-interval", "500ms");
		// a node that is gone costs a request at most this long before the client tries another
		settings.put("spring.elasticsearch.socket-timeout", "5s");
		return settings;
	}

	/** The shard copies of the catalogue index ({@code _cat/shards}): index, prirep, state, node, docs. */
	private static List<JsonNode> copies(ElasticsearchCluster cluster) throws Exception {
		var copies = new ArrayList<JsonNode>();
		cluster.get("/_cat/shards/" + ALIAS + "?format=json&h=index,shard,prirep,state,node,docs").forEach(copies::add);
		return copies;
	}

	private static String primaryNode(ElasticsearchCluster cluster) throws Exception {
		for (var copy : copies(cluster)) {
			if ("p".equals(copy.path("prirep").asText()) && "STARTED".equals(copy.path("state").asText())) {
				return copy.path("node").asText();
			}
		}
		throw new AssertionError("no started primary of " + ALIAS + " in " + copies(cluster));
	}

	/** Waits until the portal's public search finds exactly these items. */
	private static void awaitFound(PortalProcess portal, List<Long> ids) throws Exception {
		var expected = new TreeSet<>(ids);
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		Set<Long> found = Set.of();
		while (System.nanoTime() < deadline) {
			found = found(portal);
			if (found.equals(expected)) {
				return;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("within 60 s the search found " + found + ", not " + expected);
	}

	/** The ids the portal's public search finds for the marker; none if it does not answer 200. */
	private static Set<Long> found(PortalProcess portal) throws Exception {
		var response = portal.get(searchPath(), null);
		var ids = new TreeSet<Long>();
		if (response.statusCode() == 200) {
			JSON.readTree(response.body()).path("hits").forEach(hit -> ids.add(hit.path("id").asLong()));
		}
		return ids;
	}

	private static String searchPath() {
		return "/api/catalogue/search?size=100&q=" + URLEncoder.encode(MARKER, StandardCharsets.UTF_8);
	}

	private static Set<Long> publishedInDatabase(Map<String, String> database) throws SQLException {
		var ids = new TreeSet<Long>();
		try (var db = connect(database); var query = db.prepareStatement(
				"select id from catalogue_item where status = 'PUBLISHED' and title like ?")) {
			query.setString(1, "%" + MARKER + "%");
			try (var rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		return ids;
	}

	private static long pendingInOutbox(Map<String, String> database) throws SQLException {
		try (var db = connect(database); var rows = db.createStatement().executeQuery("select count(*) from search_outbox")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void drop(Map<String, String> database) throws SQLException {
		var url = database.get("spring.datasource.url");
		var name = url.replaceFirst("^jdbc:mysql://[^/]+/", "").replaceFirst("\\?.*$", "");
		try (var db = connect(database)) {
			db.createStatement().execute("drop database if exists `" + name.replace("`", "") + "`");
		}
	}


	/**
	 * Publishes catalogue items as the staff do, through the API: the clerk drafts and submits, 保密审查
	 * and the department head approve.
	 */
	private static final class Publisher {

		private final PortalProcess portal;

		private final String clerk = RealServers.token("clerk1");

		private final String secrecy = RealServers.token("secrecy1");

		private final String head = RealServers.token("head1");

		private final AtomicInteger published = new AtomicInteger();

		Publisher(PortalProcess portal) {
			this.portal = portal;
		}

		long publish(int n) throws Exception {
			var created = portal.post("/api/catalogue/items", clerk, JSON.writeValueAsString(item(n)));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			long id = JSON.readTree(created.body()).get("id").asLong();
			var submitted = portal.post("/api/catalogue/items/" + id + "/submit", clerk, "");
			assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
			complete(secrecy, id, "Task_SecrecyReview");
			complete(head, id, "Task_DepartmentHeadApproval");
			var item = JSON.readTree(portal.get("/api/catalogue/items/" + id, clerk).body());
			assertThat(item.path("status").asText()).as("item " + id).isEqualTo("PUBLISHED");
			published.incrementAndGet();
			return id;
		}

		void awaitPublished(int count, Duration timeout) throws InterruptedException {
			var deadline = System.nanoTime() + timeout.toNanos();
			while (published.get() < count) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("not " + count + " items published within " + timeout);
				}
				Thread.sleep(50);
			}
		}

		private void complete(String token, long itemId, String step) throws Exception {
			for (var task : JSON.readTree(portal.get("/api/tasks", token).body())) {
				if (String.valueOf(itemId).equals(task.path("caseId").asText()) && step.equals(task.path("taskKey").asText())
						&& task.path("processKey").asText().startsWith("Catalogue")) {
					var done = portal.post("/api/tasks/" + task.path("id").asText() + "/complete", token,
							"{\"approved\":true}");
					assertThat(done.statusCode()).as(step + " of item " + itemId + ": " + done.body()).isEqualTo(204);
					return;
				}
			}
			throw new AssertionError("no " + step + " of item " + itemId);
		}

		private static Map<String, Object> item(int n) {
			var item = new LinkedHashMap<String, Object>();
			item.put("title", "关于做好" + MARKER + "工作的第" + n + "号意见");
			item.put("summary", "明确湿地巡护的分工、频次和记录要求。");
			item.put("body", "各区人民政府，市政府各部门：现就做好" + MARKER + "工作（第" + n + "号）提出如下意见……");
			item.put("issuer", "市发展和改革委员会");
			item.put("writtenDate", "2026-05-11");
			item.put("docNumber", "发改〔2026〕" + (100 + n) + "号");
			item.put("columnCode", "normative");
			item.put("topic", "城乡建设、环境保护\\城乡建设");
			item.put("genre", "意见");
			item.put("keywords", "湿地 巡护");
			item.put("effectiveOn", "2026-06-01");
			return item;
		}
	}

	/**
	 * Searches through the portal's public API as citizens do, one search after another, from
	 * {@link #start} until {@link #close}; a search fails unless it answers 200 and finds at least the
	 * items found before it started.
	 */
	private static final class Searcher implements AutoCloseable {

		private final PortalProcess portal;

		private final AtomicBoolean running = new AtomicBoolean();

		private final AtomicInteger answered = new AtomicInteger();

		private final List<String> failures = new CopyOnWriteArrayList<>();

		private Thread thread;

		Searcher(PortalProcess portal) {
			this.portal = portal;
		}

		void start(int atLeast) {
			running.set(true);
			thread = new Thread(() -> {
				while (running.get()) {
					try {
						var response = portal.get(searchPath(), null);
						long total = response.statusCode() == 200 ? JSON.readTree(response.body()).path("total").asLong() : -1;
						if (total < atLeast) {
							failures.add(response.statusCode() + " with " + total + " items: " + response.body());
						}
						answered.incrementAndGet();
						Thread.sleep(100);
					}
					catch (InterruptedException e) {
						return;
					}
					catch (Exception e) {
						failures.add(e.toString());
					}
				}
			}, "searcher");
			thread.start();
		}

		int answered() {
			return answered.get();
		}

		List<String> failures() {
			return failures;
		}

		@Override
		public void close() throws InterruptedException {
			running.set(false);
			if (thread != null) {
				thread.join(TimeUnit.SECONDS.toMillis(40));
			}
		}
	}
}
