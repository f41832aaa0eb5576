package org.gongkai.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.portal.faults.FaultDatabases.connect;
import static org.gongkai.portal.faults.FaultDatabases.count;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.gongkai.portal.RealServers;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An upgrade from the previous release, as docs/operations.md ("Upgrading") tells an operator to do it: the
 * database and search index that release {@value #RELEASE} left behind (its demo data: requests in flight
 * at several steps with their timers, an information report, the catalogue) are started with this build's jar. Flyway migrates
 * to the latest version, the requests and the report in flight go on through the API with real Keycloak tokens, their
 * timers fire, the old catalogue is found by the public search on the old index and, after the documented
 * {@code deploy/gongkai reindex}, in an index of this build's mapping version; and the features added
 * since work on the migrated schema. Once migrated, the schema is refused by a build that does not know
 * its latest migration, as an old node left running in a rolling upgrade would be.
 */
class UpgradeIT {

	/** The previous release: "stop 23", the last before consultations, letters, proposals and sessions. */
	static final String RELEASE = "0c43499";

	/** Demo requests of the fixture (make-fixture.sh): one with the clerk, one waiting for a 补正. */
	private static final long HANDLING = 2;

	private static final long AWAITING_SUPPLEMENT = 4;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

	private static final Pattern MAPPING = Pattern.compile("catalogue-v(\\d+)\\.json");

	@Test
	void thePreviousReleasesDatabaseAndIndexRunOnThisRelease() throws Exception {
		var fixture = new ReleaseFixture(RELEASE);
		var database = FaultDatabases.freshMariaDb("gongkai_it_upgrade");
		fixture.loadDatabase(database);
		var alias = "it-catalogue-" + UUID.randomUUID().toString().substring(0, 8);
		fixture.loadIndex(alias);
		var oldItems = publishedItems(database);
		assertThat(oldItems).as("published items of the fixture").hasSize(Integer.parseInt(fixture.property("documents")));
		long lastRequest = count(database, "select max(id) from disclosure_request");
		long report = count(database, "select max(id) from information_report");

		// still a demo (PortalProcess's default): the old identity numbers are encrypted with the demo key, and
		// the realm's client secret is the published one; the new release's demo cases load on top
		var environment = Map.of("SPRING_PROFILES_ACTIVE", "mysql", "GONGKAI_SEARCH_ALIAS", alias);
		try (var portal = new PortalProcess("upgrade-" + RELEASE, environment, database)) {
			portal.start();

			assertThat(appliedMigrations(database)).as("Flyway migrated from %s to this build's last migration",
					fixture.property("flyway.version"))
				.containsAll(bundledMigrations())
				.contains(Long.parseLong(fixture.property("flyway.version")));
			assertThat(count(database, "select count(*) from flyway_schema_history where success = 0")).isZero();
			// the engine's tables, made by the old release's schema-update, are taken as they are (a baseline at
			// their version), not created again by Camunda's scripts
			assertThat(count(database, "select count(*) from flyway_engine_history where type = 'BASELINE'"))
				.as("the engine schema baselined").isOne();
			assertThat(count(database, "select count(*) from flyway_engine_history where type <> 'BASELINE'"
					+ " and type <> 'TABLE'")).as("no engine script ran on the old release's tables").isZero();

			// a request in flight goes on: the clerk proposes a reply, and the department head has it to review
			var clerk = RealServers.token("clerk1");
			complete(portal, clerk, HANDLING, "Task_HandleRequest",
					"{\"decision\":\"PROPOSE\",\"replyType\":\"DISCLOSE\",\"replyNote\":\"予以公开。\"}");
			assertThat(taskOf(portal, RealServers.token("head1"), HANDLING, "Task_DepartmentReview"))
				.as("request %d moved on to the department review", HANDLING).isNotNull();

			// an information report in flight goes on: the unit head signs it off, and it reaches the office's editors
			var head = RealServers.token("head1");
			var review = reportTask(portal, head, report, "Task_UnitReview");
			assertThat(review).as("report %d waits for the unit review", report).isNotNull();
			var signed = portal.post("/api/reports/tasks/" + review + "/complete", head, "{\"approved\":true}");
			assertThat(signed.statusCode()).as(signed.body()).isBetween(200, 204);
			assertThat(reportTask(portal, RealServers.token("editor1"), report, "Task_EditReport"))
				.as("report %d moved on to the editors", report).isNotNull();

			// a timer the old release set fires in the new one: the 补正 period ends, the request is deemed withdrawn
			var instance = processInstance(database, AWAITING_SUPPLEMENT);
			try (var db = connect(database); var due = db.prepareStatement("update ACT_RU_JOB set DUEDATE_ = ? "
					+ "where TYPE_ = 'timer' and HANDLER_CFG_ = 'BoundaryEvent_SupplementExpired' and PROCESS_INSTANCE_ID_ = ?")) {
				due.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
				due.setString(2, instance);
				// 0 once the fixture's own due date has passed: then the new release fired it at start
				due.executeUpdate();
			}
			awaitCount(database, "select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = '" + instance
					+ "' and ACT_ID_ = 'EndEvent_DeemedWithdrawn'", "the 补正 timer of request " + AWAITING_SUPPLEMENT + " fires");
			assertThat(status(database, AWAITING_SUPPLEMENT)).isEqualTo("CLOSED");
			assertThat(count(database, "select count(*) from case_event where case_id = " + AWAITING_SUPPLEMENT
					+ " and type = 'DEEMED_WITHDRAWN'")).as("the request's log says why it closed").isEqualTo(1);

			// the old catalogue is found by the public search, first on the index the old release made: start-up
			// never rebuilds (several nodes may start at once), it only adds the fields this build writes
			assertThat(aliasTarget(alias)).as("start-up keeps the old release's index")
				.isEqualTo(fixture.physicalIndex(alias));
			assertThat(searchedIds(portal)).as("every old item is found").containsAll(oldItems);

			// the documented upgrade step rebuilds the index in this build's mapping version
			int mapping = currentMappingVersion();
			cli(portal, "reindex");
			var rebuilt = aliasTarget(alias);
			assertThat(rebuilt).as("the alias points to a rebuilt index of mapping version %d", mapping)
				.startsWith(alias + "-v" + mapping + "-")
				.isNotEqualTo(fixture.physicalIndex(alias));
			assertThat(searchedIds(portal)).as("the rebuilt index holds every published item")
				.isEqualTo(publishedItems(database))
				.containsAll(oldItems);

			// what came after the old release works on the migrated schema
			assertThat(portal.status("/consultations")).isEqualTo(200);
			assertThat(portal.get("/api/consultations", null).statusCode()).isEqualTo(200);
			assertThat(portal.get("/api/letters", null).statusCode()).isEqualTo(200);
			var filed = portal.post("/api/requests", RealServers.token("applicant1"),
					JSON.writeValueAsString(Submissions.application("升级后的新申请")));
			assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
			assertThat(JSON.readTree(filed.body()).path("id").asLong()).as("ids go on after the old release's")
				.isGreaterThan(lastRequest);
		}

		// and no way back: a node of an earlier build refuses a schema that a later release has migrated
		try (var db = connect(database); var later = db.createStatement()) {
			later.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, script,"
					+ " checksum, installed_by, execution_time, success) select max(installed_rank) + 1, '99999',"
					+ " 'from a later release', 'SQL', 'V99999__from_a_later_release.sql', 0, 'UpgradeIT', 1, 1"
					+ " from flyway_schema_history");
		}
		try (var earlier = new PortalProcess("upgrade-refused", environment, database)) {
			assertThatThrownBy(earlier::start).as("a start on a schema of a later release")
				.hasMessageContaining("not resolved locally")
				.hasMessageContaining("99999");
		}
		finally {
			ReleaseFixture.deleteIndices(alias);
		}
	}

	/** Versions of the migrations this build ships (workflow's db/migration). */
	private static TreeSet<Long> bundledMigrations() throws IOException {
		var versions = new TreeSet<Long>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql")) {
			var name = MIGRATION.matcher(resource.getFilename());
			if (name.matches()) {
				versions.add(Long.parseLong(name.group(1)));
			}
		}
		assertThat(versions).as("migrations on the test class path").isNotEmpty();
		return versions;
	}

	/** The highest {@code catalogue-v<N>.json} this build ships: the version a rebuild creates. */
	private static int currentMappingVersion() throws IOException {
		int version = 0;
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:elasticsearch/catalogue-v*.json")) {
			var name = MAPPING.matcher(resource.getFilename());
			if (name.matches()) {
				version = Math.max(version, Integer.parseInt(name.group(1)));
			}
		}
		assertThat(version).as("catalogue mappings on the test class path").isPositive();
		return version;
	}

	private static TreeSet<Long> appliedMigrations(Map<String, String> database) throws SQLException {
		var versions = new TreeSet<Long>();
		try (var db = connect(database); var rows = db.createStatement()
			.executeQuery("select version from flyway_schema_history where success = 1 and version is not null")) {
			while (rows.next()) {
				versions.add(Long.parseLong(rows.getString(1)));
			}
		}
		return versions;
	}

	private static TreeSet<String> publishedItems(Map<String, String> database) throws SQLException {
		var ids = new TreeSet<String>();
		try (var db = connect(database);
				var rows = db.createStatement().executeQuery("select id from catalogue_item where status = 'PUBLISHED'")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	/** The ids the anonymous search lists without a query, all pages of 100. */
	private static TreeSet<String> searchedIds(PortalProcess portal) throws IOException, InterruptedException {
		var ids = new TreeSet<String>();
		String after = null;
		do {
			var page = portal.get("/api/catalogue/search?size=100" + (after == null ? "" : "&after=" + after), null);
			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			var result = JSON.readTree(page.body());
			result.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
			after = result.path("next").isTextual() ? java.net.URLEncoder.encode(result.path("next").asText(),
					java.nio.charset.StandardCharsets.UTF_8) : null;
		}
		while (after != null);
		return ids;
	}

	/** The one physical index the alias points to. */
	private static String aliasTarget(String alias) throws IOException, InterruptedException {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(RealServers.ES_URL + "/_alias/" + alias)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		var indices = new ArrayList<String>();
		JSON.readTree(response.body()).fieldNames().forEachRemaining(indices::add);
		assertThat(indices).as("indices behind " + alias).hasSize(1);
		return indices.get(0);
	}

	/** Runs {@code deploy/gongkai <arguments>} against the running portal, signing in as the demo administrator. */
	private static void cli(PortalProcess portal, String... arguments) throws Exception {
		OperatorCli.run(key -> key.startsWith("GONGKAI_"),
				Map.of("GONGKAI_PORTAL_URL", portal.url(""), "GONGKAI_KEYCLOAK_URL", RealServers.KEYCLOAK_URL), arguments);
	}

	private static void complete(PortalProcess portal, String token, long requestId, String step, String body)
			throws Exception {
		var task = taskOf(portal, token, requestId, step);
		assertThat(task).as(step + " of request " + requestId).isNotNull();
		var done = portal.post("/api/tasks/" + task + "/complete", token, body);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
	}

	/** The id of the open task {@code step} of the request in the user's task list, null if there is none. */
	private static String taskOf(PortalProcess portal, String token, long requestId, String step) throws Exception {
		var response = portal.get("/api/tasks?q=" + requestId + "&step=" + step, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		for (JsonNode candidate : JSON.readTree(response.body())) {
			if (String.valueOf(requestId).equals(candidate.path("caseId").asText())) {
				return candidate.path("id").asText();
			}
		}
		return null;
	}

	/** The id of the open task {@code step} of the information report in the user's task list, null if there is none. */
	private static String reportTask(PortalProcess portal, String token, long reportId, String step) throws Exception {
		var response = portal.get("/api/tasks?kind=report", token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		for (JsonNode candidate : JSON.readTree(response.body())) {
			if (String.valueOf(reportId).equals(candidate.path("caseId").asText())
					&& step.equals(candidate.path("taskKey").asText())) {
				return candidate.path("id").asText();
			}
		}
		return null;
	}

	private static String processInstance(Map<String, String> database, long requestId) throws SQLException {
		try (var db = connect(database);
				var query = db.prepareStatement("select process_instance_id from disclosure_request where id = ?")) {
			query.setLong(1, requestId);
			try (var rows = query.executeQuery()) {
				assertThat(rows.next()).as("request %d in the fixture", requestId).isTrue();
				return rows.getString(1);
			}
		}
	}

	private static String status(Map<String, String> database, long requestId) throws SQLException {
		try (var db = connect(database);
				var query = db.prepareStatement("select status from disclosure_request where id = ?")) {
			query.setLong(1, requestId);
			try (var rows = query.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	private static void awaitCount(Map<String, String> database, String sql, String what) throws Exception {
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (count(database, sql) == 0) {
			assertThat(System.nanoTime()).as(what + " within 90 s").isLessThan(deadline);
			Thread.sleep(500);
		}
	}
}
