package org.gongkai.workflow.engineschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gongkai.workflow.MariaDb;
import org.gongkai.workflow.WorkflowTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The engine's tables on the production database (MariaDB, Camunda's mysql scripts), through the
 * workflow module's whole application: Gongkai's Flyway, then the engine's, then the engine with
 * {@code schema-update} off. Each test starts and stops the application itself on a fresh database of
 * its own, because what is tested is what a start does to a database.
 */
class EngineSchemaIT {

	private final List<String> databases = new ArrayList<>();

	@AfterEach
	void dropDatabases() throws SQLException {
		for (String url : databases) {
			var server = url.substring(0, url.lastIndexOf('/') + 1);
			var name = url.substring(server.length(), url.indexOf('?'));
			try (var connection = DriverManager.getConnection(server, user(), password());
					var statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name);
			}
		}
	}

	@Test
	void aFreshDatabaseGetsTheEngineSchemaFromCamundasScriptsAndTheEngineRunsOnIt() throws SQLException {
		var database = freshDatabase("gongkai_it_engine_fresh");
		try (var portal = start(database, "managed")) {
			var engine = portal.getBean(ProcessEngine.class);
			var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
			assertThat(configuration.getDatabaseSchemaUpdate()).as("the engine never changes its own tables").isEqualTo("false");
			assertThat(engine.getRepositoryService()
				.createProcessDefinitionQuery()
				.processDefinitionKey("DisclosureRequestProcess")
				.count()).as("Gongkai's processes are deployed").isPositive();
			runAProcess(engine);
		}
		assertThat(rows(database, "select version, description, success from flyway_engine_history order by installed_rank"))
			.containsExactly("0|no camunda engine|1", "7.24|camunda engine 7.24|1");
		assertThat(rows(database, "select VERSION_ from ACT_GE_SCHEMA_LOG")).containsExactly("7.24.0");
		assertThat(rows(database, TASK_PARENT_INDEXED)).as("Gongkai's index beside Camunda's").containsExactly("1");
		// the tables the engine's own create path makes, including those this portal does not use yet
		assertThat(rows(database, "select count(*) from information_schema.tables where table_schema = database() "
				+ "and table_name in ('ACT_ID_USER', 'ACT_RE_CASE_DEF', 'ACT_HI_DECINST', 'ACT_RU_EXT_TASK')")).containsExactly("4");

		try (var portal = start(database, "external")) {
			runAProcess(portal.getBean(ProcessEngine.class));
		}
		try (var portal = start(database, "managed")) {
			assertThat(rows(database, "select count(*) from flyway_engine_history")).as("a second start changes nothing")
				.containsExactly("2");
		}
	}

	@Test
	void aDatabaseWhoseEngineMadeItsOwnTablesIsBaselinedAtItsVersionAndKeepsItsProcesses() throws SQLException {
		var database = freshDatabase("gongkai_it_engine_legacy");
		String instance;
		try (var portal = start(database, "managed", SchemaUpdateAsBefore.class)) {
			var engine = portal.getBean(ProcessEngine.class);
			assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
				.isEqualTo("true");
			deployCheckProcess(engine);
			instance = engine.getRuntimeService().startProcessInstanceByKey("EngineSchemaCheck").getId();
		}
		assertThat(rows(database, "select count(*) from information_schema.tables where table_schema = database() "
				+ "and table_name = 'flyway_engine_history'")).as("the previous release's database").containsExactly("0");

		try (var portal = start(database, "managed")) {
			var engine = portal.getBean(ProcessEngine.class);
			var task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
			assertThat(task).as("the instance started before").isNotNull();
			engine.getTaskService().complete(task.getId());
			assertThat(engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processInstanceId(instance)
				.finished()
				.count()).isOne();
		}
		assertThat(rows(database, "select version, description, type from flyway_engine_history order by installed_rank"))
			.containsExactly("7.24|camunda engine found at this version|BASELINE");
		assertThat(rows(database, TASK_PARENT_INDEXED)).as("added to the tables schema-update made").containsExactly("1");
	}

	@Test
	void externalModeLeavesTheEngineTablesAsTheDbaMadeThem() throws SQLException {
		var database = freshDatabase("gongkai_it_engine_dba");
		try (var portal = start(database, "managed")) {
			runAProcess(portal.getBean(ProcessEngine.class));
		}
		execute(database, "drop index GK_IDX_TASK_PARENT on ACT_RU_TASK");
		try (var portal = start(database, "external")) {
			runAProcess(portal.getBean(ProcessEngine.class));
		}
		assertThat(rows(database, TASK_PARENT_INDEXED)).as("external: reported, not made").containsExactly("0");
		try (var portal = start(database, "managed")) {
			assertThat(rows(database, TASK_PARENT_INDEXED)).as("managed: made again").containsExactly("1");
		}
	}

	/**
	 * Camunda records its history level on the first start and refuses any other afterwards; Gongkai moved
	 * from full to audit (issue #18), so the recorded level follows the configuration, and the history
	 * recorded before stays.
	 */
	@Test
	void theRecordedHistoryLevelFollowsTheConfigurationAndKeepsTheHistory() throws SQLException {
		var database = freshDatabase("gongkai_it_engine_history");
		try (var portal = start(historyLevel(database, "full"), "managed")) {
			runAProcess(portal.getBean(ProcessEngine.class));
		}
		assertThat(rows(database, HISTORY_LEVEL)).containsExactly("3");

		assertThatThrownBy(() -> start(historyLevel(database, "audit"), "external").close()).rootCause()
			.isInstanceOf(EngineSchemaNotUsable.class)
			.hasMessageContaining("records the history level full, the configuration says audit")
			.hasMessageContaining(EngineHistoryLevel.statement(2));
		assertThat(rows(database, HISTORY_LEVEL)).as("external: the DBA changes it").containsExactly("3");

		try (var portal = start(historyLevel(database, "audit"), "managed")) {
			var engine = portal.getBean(ProcessEngine.class);
			assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
				.isEqualTo("audit");
			runAProcess(engine);
		}
		assertThat(rows(database, HISTORY_LEVEL)).containsExactly("2");
		assertThat(rows(database, "select count(*) from ACT_HI_PROCINST where END_TIME_ is not null"))
			.as("the instance finished at full and the one at audit").containsExactly("2");

		try (var portal = start(historyLevel(database, "audit"), "external")) {
			runAProcess(portal.getBean(ProcessEngine.class));
		}
	}

	private static final String HISTORY_LEVEL = "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'";

	private static Map<String, String> historyLevel(Map<String, String> database, String level) {
		var settings = new LinkedHashMap<>(database);
		settings.put("camunda.bpm.history-level", level);
		return settings;
	}

	/** Whether an index starts with ACT_RU_TASK.PARENT_TASK_ID_, which every task completion looks up. */
	private static final String TASK_PARENT_INDEXED = "select count(*) from information_schema.statistics where "
			+ "table_schema = database() and table_name = 'ACT_RU_TASK' and column_name = 'PARENT_TASK_ID_' and seq_in_index = 1";

	@Test
	void aDatabaseAtAnOlderEngineVersionIsUpgradedWithCamundasUpgradeScripts() throws SQLException {
		var database = freshDatabase("gongkai_it_engine_older");
		try (var portal = start(database, "managed", SchemaUpdateAsBefore.class)) {
			deployCheckProcess(portal.getBean(ProcessEngine.class));
		}
		// what 7.22's create scripts made: mysql_engine_7.22_to_7.23.sql adds these two columns, 7.23_to_7.24 no DDL
		execute(database, "alter table ACT_HI_COMMENT drop column REV_", "alter table ACT_RU_EXECUTION drop column PROC_DEF_KEY_",
				"update ACT_GE_SCHEMA_LOG set VERSION_ = '7.22.0'");

		assertThatThrownBy(() -> start(database, "external").close()).rootCause()
			.isInstanceOf(EngineSchemaNotUsable.class)
			.hasMessageContaining("at 7.22, this release's engine is 7.24")
			.hasMessageContaining("upgrade scripts from 7.22 to 7.24");

		try (var portal = start(database, "managed")) {
			runAProcess(portal.getBean(ProcessEngine.class));
		}
		assertThat(rows(database, "select version, type, success from flyway_engine_history order by installed_rank"))
			.containsExactly("7.22|BASELINE|1", "7.24|JDBC|1");
		assertThat(rows(database, "select VERSION_ from ACT_GE_SCHEMA_LOG order by ID_ + 0"))
			.containsExactly("7.22.0", "7.23.0", "7.24.0");
		assertThat(rows(database, "select count(*) from information_schema.columns where table_schema = database() "
				+ "and (table_name, column_name) in (('ACT_HI_COMMENT', 'REV_'), ('ACT_RU_EXECUTION', 'PROC_DEF_KEY_'))"))
			.containsExactly("2");
	}

	@Test
	void twoNodesStartingAtOnceOnAFreshDatabaseCreateTheEngineSchemaOnce() throws Exception {
		var database = freshDatabase("gongkai_it_engine_nodes");
		var pool = Executors.newFixedThreadPool(2);
		// Two applications starting at once in one JVM race in Spring Boot's logging initialisation of the one
		// shared Logback context ("Unable to find Spring Environment in logger context"); logging is set up already
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			var nodes = new ArrayList<Future<ConfigurableApplicationContext>>();
			for (int i = 0; i < 2; i++) {
				nodes.add(pool.submit(() -> start(database, "managed")));
			}
			for (var node : nodes) {
				runAProcessOnceStarted(node);
			}
		}
		finally {
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			pool.shutdownNow();
		}
		assertMadeOnceFromNothing(database);
	}

	/**
	 * What the race of two starting nodes comes down to, made certain: one node holds the lock while its
	 * create scripts have made the engine's property table but not yet its schema log. The other waits
	 * for it instead of reading the half-made schema, and finds the finished one afterwards.
	 */
	@Test
	void aNodeWaitsWhileAnotherIsMakingTheEngineSchema() throws Exception {
		var database = freshDatabase("gongkai_it_engine_wait");
		var pool = Executors.newSingleThreadExecutor();
		try (var other = DriverManager.getConnection(database.get("spring.datasource.url"), user(), password());
				var statement = other.createStatement()) {
			// the other node's own Flyway has run, its engine create scripts have begun: a first start, undone
			start(database, "managed").close();
			statement.execute("set foreign_key_checks = 0");
			for (String table : rows(database, "select table_name from information_schema.tables where table_schema = database() "
					+ "and (table_name like 'ACT\\_%' or table_name = '" + EngineSchema.HISTORY + "')")) {
				statement.execute("drop table " + table);
			}
			var lock = EngineSchemaLock.name(other);
			try (var rows = statement.executeQuery("select get_lock('" + lock + "', 0)")) {
				assertThat(rows.next() && rows.getInt(1) == 1).as("the test holds the lock").isTrue();
			}
			statement.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
			Future<ConfigurableApplicationContext> node = pool.submit(() -> start(database, "managed"));
			var waiting = "select count(*) from information_schema.processlist where db = database() and id <> connection_id() "
					+ "and info like 'select get_lock%'";
			long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (!node.isDone() && !rows(database, waiting).equals(List.of("1")) && System.nanoTime() < until) {
				Thread.sleep(100);
			}
			assertThat(node).as("the node waits for the lock rather than reading a half-made schema").isNotDone();
			assertThat(rows(database, waiting)).containsExactly("1");

			statement.execute("drop table ACT_GE_PROPERTY");
			statement.execute("select release_lock('" + lock + "')");
			runAProcessOnceStarted(node);
		}
		finally {
			pool.shutdownNow();
		}
		assertMadeOnceFromNothing(database);
	}

	private static void runAProcessOnceStarted(Future<ConfigurableApplicationContext> node) throws Exception {
		try (var portal = node.get(5, TimeUnit.MINUTES)) {
			runAProcess(portal.getBean(ProcessEngine.class));
		}
	}

	/** The engine Flyway found no engine, ran the create scripts once, and the schema log says so. */
	private static void assertMadeOnceFromNothing(Map<String, String> database) throws SQLException {
		assertThat(rows(database, "select version, type, success from flyway_engine_history order by installed_rank"))
			.containsExactly("0|BASELINE|1", "7.24|JDBC|1");
		assertThat(rows(database, "select VERSION_ from ACT_GE_SCHEMA_LOG")).containsExactly("7.24.0");
	}

	@Test
	void externalModeRefusesToStartWithoutTheEngineSchemaAndCreatesNothing() throws SQLException {
		var database = freshDatabase("gongkai_it_engine_external");
		assertThatThrownBy(() -> start(database, "external").close()).rootCause()
			.isInstanceOf(EngineSchemaNotUsable.class)
			.hasMessageContaining("The database has no Camunda engine tables")
			.hasMessageContaining("GONGKAI_ENGINE_SCHEMA=external")
			.hasMessageContaining("mysql create scripts for 7.24");
		assertThat(rows(database, "select count(*) from information_schema.tables where table_schema = database() "
				+ "and (table_name like 'ACT\\_%' or table_name = 'flyway_engine_history')")).containsExactly("0");
	}

	static void deployCheckProcess(ProcessEngine engine) {
		var model = Bpmn.createExecutableProcess("EngineSchemaCheck")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Check")
			.endEvent()
			.done();
		engine.getRepositoryService().createDeployment().addModelInstance("engine-schema-check.bpmn", model).deploy();
	}

	/** Deploys, starts and completes a process with a user task: runtime, repository and history tables at work. */
	private static void runAProcess(ProcessEngine engine) {
		deployCheckProcess(engine);
		var instance = engine.getRuntimeService().startProcessInstanceByKey("EngineSchemaCheck");
		var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
		engine.getTaskService().complete(task.getId());
		assertThat(engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.finished()
			.count()).isOne();
	}

	private Map<String, String> freshDatabase(String baseName) {
		var settings = new LinkedHashMap<String, String>();
		MariaDb.freshDatabase(baseName, (name, value) -> settings.put(name, String.valueOf(value.get())));
		databases.add(settings.get("spring.datasource.url"));
		return settings;
	}

	static ConfigurableApplicationContext start(Map<String, String> database, String mode, Class<?>... more) {
		var properties = new LinkedHashMap<String, Object>(database);
		properties.put("gongkai.workflow.engine-schema.mode", mode);
		properties.put("camunda.bpm.job-execution.enabled", "false");
		properties.put("spring.main.allow-bean-definition-overriding", "true");
		var sources = new ArrayList<Class<?>>(List.of(WorkflowTestApplication.class));
		sources.addAll(List.of(more));
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.NONE)
			.properties(properties)
			.run();
	}

	private static List<String> rows(Map<String, String> database, String query) throws SQLException {
		try (var connection = DriverManager.getConnection(database.get("spring.datasource.url"), user(), password())) {
			return rows(connection, query);
		}
	}

	/** Each row of {@code query} as its columns joined by {@code |}. */
	static List<String> rows(Connection connection, String query) throws SQLException {
		try (var statement = connection.createStatement(); var rows = statement.executeQuery(query)) {
			var result = new ArrayList<String>();
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				var row = new ArrayList<String>();
				for (int i = 1; i <= columns; i++) {
					row.add(rows.getString(i));
				}
				result.add(String.join("|", row));
			}
			return result;
		}
	}

	private static void execute(Map<String, String> database, String... statements) throws SQLException {
		try (var connection = DriverManager.getConnection(database.get("spring.datasource.url"), user(), password());
				var statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String user() {
		var value = System.getenv("GONGKAI_MYSQL_USER");
		return value == null || value.isBlank() ? "root" : value;
	}

	private static String password() {
		var value = System.getenv("GONGKAI_MYSQL_PASSWORD");
		return value == null ? "" : value;
	}
}
