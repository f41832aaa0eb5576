package org.gongkai.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.portal.faults.FaultDatabases.connect;
import static org.gongkai.portal.faults.FaultDatabases.count;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.portal.RealServers;

/**
 * {@code deploy/gongkai backup} and {@code restore}. On MariaDB, the production database, the demo is backed
 * up while citizens keep filing requests, restored into a new database, and a portal started on it (with a
 * new search index, rebuilt from the database) holds every request answered 201 before the backup began,
 * every catalogue item and attachment byte for byte, and its processes go on: a restored request is
 * handled further and its timers fire. On the embedded H2 of {@code deploy/gongkai up}, the running portal makes
 * an online backup for administrators only, and the restore into another home holds every accepted request.
 */
class BackupRestoreIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The catalogue does not change while citizens file requests: the restore must hold it exactly. */
	private static final String ITEMS = "select id, md5(concat_ws('|', version, status, title, summary, body, index_no,"
			+ " published_at)) from catalogue_item";

	private static final String ATTACHMENTS = "select id, md5(content) from catalogue_attachment";

	@TempDir
	Path backup;

	@Test
	void aBackupUnderLoadRestoresIntoANewDatabaseWithNothingMissing() throws Exception {
		var source = FaultDatabases.freshMariaDb("gongkai_it_backup_src");
		var target = FaultDatabases.freshMariaDb("gongkai_it_backup_dst");
		var environment = Map.of("SPRING_PROFILES_ACTIVE", "mysql");
		Map<Long, String> acceptedBefore;
		Map<Long, String> attachmentsAtSource;
		Map<Long, String> itemsAtSource;
		try (var portal = new PortalProcess("backup-source", environment, source)) {
			portal.start();
			try (var citizens = new Submissions(portal.url(""), RealServers.token("applicant1"), 4)) {
				citizens.awaitAccepted(10, Duration.ofSeconds(90));
				acceptedBefore = Map.copyOf(citizens.accepted());
				cli(source, "backup", backup.resolve("demo").toString());
				citizens.awaitAccepted(acceptedBefore.size() + 5, Duration.ofSeconds(60));
			}
			attachmentsAtSource = checksums(source, ATTACHMENTS);
			itemsAtSource = checksums(source, ITEMS);
		}
		assertThat(backup.resolve("demo/database.sql.gz")).exists();
		assertThat(backup.resolve("demo/backup.properties")).content().contains("database=mysql");

		// the target database exists and is empty (freshMariaDb made it): restore fills it
		cli(target, "restore", backup.resolve("demo").toString());

		var restoredEnvironment = Map.of("SPRING_PROFILES_ACTIVE", "mysql", "GONGKAI_SEARCH_ALIAS",
				"it-catalogue-" + UUID.randomUUID().toString().substring(0, 8));
		try (var portal = new PortalProcess("backup-restored", restoredEnvironment, target)) {
			portal.start();
			var admin = RealServers.token("admin");
			var rebuilt = portal.post("/api/admin/catalogue/index/rebuild", admin, "");
			assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);

			assertThat(Submissions.missing(portal.url(""), RealServers.token("applicant1"), acceptedBefore))
				.as("requests answered 201 before the backup began, missing after the restore").isEmpty();
			assertThat(checksums(target, ITEMS)).as("every catalogue item as it was").isEqualTo(itemsAtSource).isNotEmpty();
			assertThat(checksums(target, ATTACHMENTS)).as("every attachment, byte for byte").isEqualTo(attachmentsAtSource);
			long items = count(target, "select count(*) from catalogue_item where status = 'PUBLISHED'");
			assertThat(items).isPositive();
			assertThat(JSON.readTree(rebuilt.body()).path("documents").asLong()).as("the new index holds every item")
				.isGreaterThanOrEqualTo(items);

			// the processes go on: a restored request is received and assigned, and its reply timers fire
			long id = acceptedBefore.keySet().iterator().next();
			var editor = RealServers.token("editor1");
			complete(portal, editor, id, "Task_ConfirmReceipt", "{}");
			complete(portal, editor, id, "Task_RegisterRequest", "{\"decision\":\"ASSIGN\",\"departmentCode\":\"fgw\"}");
			var instance = processInstance(target, id);
			try (var db = connect(target); var due = db.prepareStatement(
					"update ACT_RU_JOB set DUEDATE_ = ? where TYPE_ = 'timer' and PROCESS_INSTANCE_ID_ = ?")) {
				due.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
				due.setString(2, instance);
				assertThat(due.executeUpdate()).isEqualTo(2);
			}
			var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (count(target, "select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = '" + instance
					+ "' and ACT_ID_ = 'Task_OverdueEscalation'") == 0) {
				assertThat(System.nanoTime()).as("the restored request's overdue timer fires").isLessThan(deadline);
				Thread.sleep(500);
			}
		}
	}

	@Test
	void theEmbeddedDatabaseIsBackedUpOnlineAndRestoredWithThePortalStopped(@TempDir Path home, @TempDir Path other)
			throws Exception {
		Map<Long, String> accepted;
		try (var portal = new PortalProcess("backup-h2", Map.of("GONGKAI_HOME", home.toString()), Map.of())) {
			portal.start();
			assertThat(portal.get("/api/admin/backup/h2", RealServers.token("clerk1")).statusCode()).isEqualTo(403);
			try (var citizens = new Submissions(portal.url(""), RealServers.token("applicant1"), 2)) {
				citizens.awaitAccepted(5, Duration.ofSeconds(60));
				accepted = Map.copyOf(citizens.accepted());
				cli(Map.of("GONGKAI_HOME", home.toString(), "GONGKAI_PORTAL_URL", portal.url("")), "backup",
						backup.resolve("h2").toString());
			}
		}
		assertThat(backup.resolve("h2/database-h2.zip")).exists();
		assertThat(backup.resolve("h2/backup.properties")).content().contains("database=h2");

		cli(Map.of("GONGKAI_HOME", other.toString(), "GONGKAI_PORT", "1"), "restore", backup.resolve("h2").toString());
		try (var portal = new PortalProcess("restored-h2", Map.of("GONGKAI_HOME", other.toString()), Map.of())) {
			portal.start();
			assertThat(Submissions.missing(portal.url(""), RealServers.token("applicant1"), accepted))
				.as("requests answered 201 before the online backup, missing after the restore").isEmpty();
		}
	}

	/** Runs the operator CLI with the database of these settings. */
	private static void cli(Map<String, String> database, String... arguments) throws Exception {
		var settings = new java.util.HashMap<String, String>();
		settings.put("GONGKAI_DB_URL", database.get("spring.datasource.url"));
		settings.put("GONGKAI_DB_USER", database.get("spring.datasource.username"));
		settings.put("GONGKAI_DB_PASSWORD", database.getOrDefault("spring.datasource.password", ""));
		settings.values().removeIf(java.util.Objects::isNull);
		database.forEach((name, value) -> {
			if (name.startsWith("GONGKAI_")) {
				settings.put(name, value);
			}
		});
		OperatorCli.run(key -> key.startsWith("GONGKAI_DB_"), settings, arguments);
	}

	private static void complete(PortalProcess portal, String token, long requestId, String step, String body)
			throws Exception {
		var tasks = JSON.readTree(portal.get("/api/tasks?q=" + requestId + "&step=" + step, token).body());
		String task = null;
		for (var candidate : tasks) {
			if (String.valueOf(requestId).equals(candidate.path("caseId").asText())) {
				task = candidate.path("id").asText();
			}
		}
		assertThat(task).as(step + " of restored request " + requestId + " in " + tasks).isNotNull();
		var done = portal.post("/api/tasks/" + task + "/complete", token, body);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
	}

	private static String processInstance(Map<String, String> database, long requestId) throws SQLException {
		try (var db = connect(database); var query = db.prepareStatement("select e.ID_ from ACT_RU_EXECUTION e "
				+ "join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ "
				+ "where e.BUSINESS_KEY_ = ? and e.PARENT_ID_ is null and d.KEY_ = 'DisclosureRequestProcess'")) {
			query.setString(1, String.valueOf(requestId));
			try (var rows = query.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getString(1);
			}
		}
	}

	private static Map<Long, String> checksums(Map<String, String> database, String sql) throws SQLException {
		var sums = new TreeMap<Long, String>();
		try (var db = connect(database); var rows = db.createStatement().executeQuery(sql)) {
			while (rows.next()) {
				sums.put(rows.getLong(1), rows.getString(2));
			}
		}
		return sums;
	}
}
