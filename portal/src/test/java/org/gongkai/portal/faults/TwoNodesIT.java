package org.gongkai.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.request.RequestApiIT;

/**
 * Two portal processes on one MariaDB database, one search alias and one mail relay, as behind a load
 * balancer without sticky sessions:
 * <ul>
 * <li>a page login made on one node is valid on the other (the session is in the database), with its CSRF
 * token, and signing out on one node ends it on both;</li>
 * <li>a request filed on one node is handled on the other;</li>
 * <li>with both job executors running, every timer fires once (the reply's warning and its overdue
 * escalation of a dozen assigned requests, made due together) and every mail of the outbox is sent once;</li>
 * <li>every entry of the search outbox is applied once, with both nodes' relays polling it;</li>
 * <li>one node killed with {@code kill -9} just after the timers became due loses nothing: the other
 * finishes every timer, those the dead node had locked after their lock expired.</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Short, so that the kill test does not wait the production five minutes for the dead node's jobs. */
	private static final Duration JOB_LOCK = Duration.ofSeconds(15);

	private static final List<String> TIMED_STEPS = List.of("Task_WarnDueSoon", "Task_OverdueEscalation");

	private static final String ALIAS = "it-catalogue-" + UUID.randomUUID().toString().substring(0, 8);

	private static Map<String, String> database;

	private static SmtpSink mail;

	private static PortalProcess a;

	private static PortalProcess b;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		database = FaultDatabases.freshMariaDb("gongkai_it_nodes");
		mail = new SmtpSink();
		var environment = Map.of("SPRING_PROFILES_ACTIVE", "mysql", "GONGKAI_SEARCH_ALIAS", ALIAS,
				"SPRING_MAIL_HOST", "127.0.0.1",
				"SPRING_MAIL_PORT", String.valueOf(mail.port()), "GONGKAI_MAIL_RELAY_INTERVAL", "1s",
				"GONGKAI_JOB_LOCK_MILLIS", String.valueOf(JOB_LOCK.toMillis()));
		a = new PortalProcess("node-a", environment, node("node-a"));
		b = new PortalProcess("node-b", environment, node("node-b"));
		a.start();
		b.start();
	}

	/** The shared database, and the node's name in the engine's job log; an idle executor looks again within 3 s. */
	private static Map<String, String> node(String name) {
		var settings = new LinkedHashMap<>(database);
		settings.put("camunda.bpm.generic-properties.properties.hostname", name);
		settings.put("camunda.bpm.job-execution.max-wait", "3000");
		settings.put("camunda.bpm.job-execution.wait-time-in-millis", "1000");
		// both relays look at the search outbox five times a second, so that they compete for its entries
		settings.put("gongkai.search.relay-interval", "200ms");
		return settings;
	}

	@AfterAll
	static void stop() throws Exception {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		if (mail != null) {
			mail.close();
		}
	}

	@Test
	@Order(1)
	void aPageLoginOnOneNodeIsValidOnTheOther() {
		var onA = PageSession.signIn(a.url(""), "clerk1", "/workbench");
		var onB = onA.at(b.url(""));
		var workbench = onB.get("/workbench");
		assertThat(workbench.statusCode()).as("node B knows the session node A signed in").isEqualTo(200);
		assertThat(workbench.body()).as("signed in: the page offers to sign out").contains("action=\"/logout\"");

		var anonymous = PageSession.anonymous(b.url("")).get("/workbench");
		assertThat(anonymous.statusCode()).as("without the session node B asks to sign in").isEqualTo(302);
	}

	@Test
	@Order(2)
	void aRequestFiledOnOneNodeIsHandledOnTheOtherWithTheSessionsCsrfToken() throws Exception {
		long id = file(a);
		var editorOnA = PageSession.signIn(a.url(""), "editor1", "/workbench");
		var editorOnB = editorOnA.at(b.url(""));
		var task = officeTask(b, id, "Task_ConfirmReceipt");
		var done = editorOnB.postForm("/workbench/tasks/" + task.get("id").asText(),
				"_csrf=" + URLEncoder.encode(editorOnB.csrf(), StandardCharsets.UTF_8));
		assertThat(done.statusCode()).as("node B takes the form with the CSRF token node A's session holds: " + done.body())
			.isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).get().asString().doesNotContain("/login");

		var request = JSON.readTree(a.get("/api/requests/" + id, RealServers.token("editor1")).body());
		assertThat(request.path("status").asText()).as("node A sees what node B did").isEqualTo("RECEIVED");
	}

	@Test
	@Order(3)
	void signingOutOnOneNodeEndsTheSessionOnBoth() {
		var onA = PageSession.signIn(a.url(""), "head1", "/workbench");
		var onB = onA.at(b.url(""));
		assertThat(onB.get("/workbench").statusCode()).isEqualTo(200);
		var out = onB.postForm("/logout", "_csrf=" + URLEncoder.encode(onB.csrf(), StandardCharsets.UTF_8));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(onA.get("/workbench").statusCode()).as("node A no longer knows the session").isEqualTo(302);
	}

	@Test
	@Order(4)
	void everyTimerFiresOnceAndEveryMailIsSentOnce() throws Exception {
		var instances = receivedRequests(12);
		makeTimersDue(instances);
		awaitTrue(Duration.ofSeconds(90), () -> timersLeft(instances) == 0);
		assertFiredOnce(instances);
		System.out.println("timer jobs executed per node: " + jobsPerNode(instances));

		awaitTrue(Duration.ofSeconds(60), () -> count("select count(*) from mail_outbox where sent_at is null") == 0);
		long sent = count("select count(*) from mail_outbox where sent_at is not null");
		assertThat(sent).as("mails to applicants were due").isPositive();
		assertThat(mail.received()).as("every mail of the outbox reached the relay once").hasSize((int) sent);
	}

	@Test
	@Order(5)
	void everySearchOutboxEntryIsAppliedOnce() throws Exception {
		var items = indexedItems();
		assertThat(items).as("the demo catalogue is indexed").hasSizeGreaterThan(5);
		awaitTrue(Duration.ofSeconds(60), () -> count("select count(*) from search_outbox") == 0);
		long before = indexOperations();
		try (var db = connect(); var insert = db.prepareStatement("insert into search_outbox (item_id, action, created_at, "
				+ "attempts, next_attempt_at) values (?, 'INDEX', now(6), 0, now(6))")) {
			for (var item : items) {
				insert.setLong(1, item);
				insert.executeUpdate();
			}
		}
		awaitTrue(Duration.ofSeconds(60), () -> count("select count(*) from search_outbox") == 0);
		// an entry applied by both nodes would index its item twice (external_gte versions take the same version again)
		assertThat(indexOperations() - before).as("index operations for %d entries of distinct items", items.size())
			.isEqualTo(items.size());
	}

	@Test
	@Order(6)
	void aNodeKilledMidWorkLosesNothingTheOtherCannotFinish() throws Exception {
		var instances = receivedRequests(12);
		makeTimersDue(instances);
		a.kill();
		long lockedByTheDead = count("select count(*) from ACT_RU_JOB where LOCK_EXP_TIME_ is not null");
		System.out.println("jobs locked when node A was killed: " + lockedByTheDead);
		awaitTrue(JOB_LOCK.multipliedBy(4), () -> timersLeft(instances) == 0);
		assertFiredOnce(instances);
		System.out.println("timer jobs executed per node: " + jobsPerNode(instances));
	}

	/** Files {@code n} requests, half on each node, has the office confirm their receipt, and returns their process instances. */
	private static List<String> receivedRequests(int n) throws Exception {
		var editor = RealServers.token("editor1");
		var instances = new ArrayList<String>();
		for (int i = 0; i < n; i++) {
			var node = i % 2 == 0 ? a : b;
			var other = node == a ? b : a;
			long id = file(node);
			var done = other.post("/api/tasks/" + officeTask(other, id, "Task_ConfirmReceipt").get("id").asText()
					+ "/complete", editor, "{}");
			assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
			var assigned = node.post("/api/tasks/" + officeTask(node, id, "Task_RegisterRequest").get("id").asText()
					+ "/complete", editor, "{\"decision\":\"ASSIGN\",\"departmentCode\":\"fgw\"}");
			assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
			instances.add(processInstance(id));
		}
		return instances;
	}

	/** The reply's warning and overdue timers of these instances, due a minute ago. */
	private static void makeTimersDue(List<String> instances) throws SQLException {
		try (var db = connect(); var update = db.prepareStatement(
				"update ACT_RU_JOB set DUEDATE_ = ? where TYPE_ = 'timer' and PROCESS_INSTANCE_ID_ = ?")) {
			for (var instance : instances) {
				update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
				update.setString(2, instance);
				assertThat(update.executeUpdate()).as("the reply's two timers of " + instance).isEqualTo(2);
			}
		}
	}

	private static long timersLeft(List<String> instances) {
		return count("select count(*) from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_INSTANCE_ID_ in ("
				+ quoted(instances) + ")");
	}

	private static void assertFiredOnce(List<String> instances) throws SQLException {
		try (var db = connect(); var query = db.prepareStatement("select count(*) from ACT_HI_ACTINST "
				+ "where PROC_INST_ID_ = ? and ACT_ID_ = ?")) {
			for (var instance : instances) {
				for (var step : TIMED_STEPS) {
					query.setString(1, instance);
					query.setString(2, step);
					try (var rows = query.executeQuery()) {
						rows.next();
						assertThat(rows.getLong(1)).as(step + " of " + instance).isEqualTo(1);
					}
				}
			}
		}
	}

	/** Successful timer executions per node (the job log's host name). */
	private static Map<String, Long> jobsPerNode(List<String> instances) throws SQLException {
		var perNode = new LinkedHashMap<String, Long>();
		try (var db = connect(); var rows = db.createStatement().executeQuery("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG "
				+ "where JOB_STATE_ = 2 and JOB_DEF_TYPE_ = 'timer-transition' and PROCESS_INSTANCE_ID_ in ("
				+ quoted(instances) + ") group by HOSTNAME_")) {
			while (rows.next()) {
				perNode.put(rows.getString(1), rows.getLong(2));
			}
		}
		return perNode;
	}

	private static String processInstance(long requestId) throws SQLException {
		try (var db = connect(); var query = db.prepareStatement("select e.ID_ from ACT_RU_EXECUTION e "
				+ "join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ "
				+ "where e.BUSINESS_KEY_ = ? and e.PARENT_ID_ is null and d.KEY_ = 'DisclosureRequestProcess'")) {
			query.setString(1, String.valueOf(requestId));
			try (var rows = query.executeQuery()) {
				assertThat(rows.next()).as("the process of request " + requestId).isTrue();
				return rows.getString(1);
			}
		}
	}

	/** Files a request with an e-mail address, so that its receipt and registration are mailed. */
	private static long file(PortalProcess node) throws Exception {
		var application = new LinkedHashMap<>(RequestApiIT.application());
		application.put("email", "zhangsan@example.cn");
		var filed = node.post("/api/requests", RealServers.token("applicant1"), JSON.writeValueAsString(application));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return JSON.readTree(filed.body()).get("id").asLong();
	}

	/** The request's open task {@code step} in the office editor's task list, read on the node. */
	private static JsonNode officeTask(PortalProcess node, long requestId, String step) throws Exception {
		var tasks = JSON.readTree(node.get("/api/tasks?q=" + requestId + "&step=" + step,
				RealServers.token("editor1")).body());
		for (var task : tasks) {
			if (String.valueOf(requestId).equals(task.path("caseId").asText())) {
				return task;
			}
		}
		throw new AssertionError("no " + step + " of request " + requestId + " in " + tasks);
	}

	/** The ids of the items in the search index (the demo catalogue). */
	private static List<Long> indexedItems() throws Exception {
		var hits = JSON.readTree(elasticsearch("/" + ALIAS + "/_search?size=100&_source=false")).path("hits").path("hits");
		var ids = new ArrayList<Long>();
		hits.forEach(hit -> ids.add(hit.path("_id").asLong()));
		return ids;
	}

	/** Index operations done so far on the alias's index, by its primary shards (replicas would count again). */
	private static long indexOperations() throws Exception {
		return JSON.readTree(elasticsearch("/" + ALIAS + "/_stats/indexing"))
			.path("_all").path("primaries").path("indexing").path("index_total").asLong(-1);
	}

	private static String elasticsearch(String path) throws Exception {
		var response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(RealServers.ES_URL + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password"));
	}

	private static long count(String sql) {
		try (var db = connect(); var rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}

	private static String quoted(List<String> values) {
		return String.join(",", values.stream().map(v -> "'" + v.replace("'", "") + "'").toList());
	}

	private static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not done within " + timeout);
			}
			Thread.sleep(250);
		}
	}
}
