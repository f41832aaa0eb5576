package org.gongkai.workflow.engineschema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded default, H2 with the jar's H2 scripts: a developer's or demo database made by the engine
 * itself is baselined and keeps its processes, as on MariaDB ({@link EngineSchemaIT}).
 */
class H2EngineSchemaTests {

	private final String url = "jdbc:h2:mem:engine-schema-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1";

	private final Map<String, String> database = Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
			"spring.datasource.password", "");

	@AfterEach
	void dropDatabase() throws SQLException {
		try (var connection = DriverManager.getConnection(url, "sa", ""); var statement = connection.createStatement()) {
			statement.execute("shutdown");
		}
	}

	@Test
	void anEmbeddedDatabaseWhoseEngineMadeItsOwnTablesIsBaselinedAndKeepsItsProcesses() throws SQLException {
		String instance;
		try (var portal = EngineSchemaIT.start(database, "managed", SchemaUpdateAsBefore.class)) {
			var engine = portal.getBean(ProcessEngine.class);
			EngineSchemaIT.deployCheckProcess(engine);
			instance = engine.getRuntimeService().startProcessInstanceByKey("EngineSchemaCheck").getId();
		}
		try (var portal = EngineSchemaIT.start(database, "managed")) {
			var engine = portal.getBean(ProcessEngine.class);
			var task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
			engine.getTaskService().complete(task.getId());
			assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isOne();
		}
		// on H2 Flyway also records the creation of its history table (type TABLE)
		assertThat(rows("select \"version\", \"type\" from \"flyway_engine_history\" order by \"installed_rank\""))
			.containsExactly("null|TABLE", "7.24|BASELINE");
	}

	@Test
	void aFreshEmbeddedDatabaseGetsTheH2Scripts() throws SQLException {
		try (var portal = EngineSchemaIT.start(database, "managed")) {
			var engine = portal.getBean(ProcessEngine.class);
			EngineSchemaIT.deployCheckProcess(engine);
			engine.getRuntimeService().startProcessInstanceByKey("EngineSchemaCheck");
			assertThat(engine.getTaskService().createTaskQuery().count()).isOne();
		}
		assertThat(rows("select \"version\", \"type\" from \"flyway_engine_history\" order by \"installed_rank\""))
			.containsExactly("null|TABLE", "0|BASELINE", "7.24|JDBC");
		assertThat(rows("select count(*) from information_schema.index_columns where table_name = 'ACT_RU_TASK' "
				+ "and column_name = 'PARENT_TASK_ID_' and ordinal_position = 1")).as("Gongkai's index beside Camunda's")
			.containsExactly("1");
		assertThat(rows("select VERSION_ from ACT_GE_SCHEMA_LOG")).containsExactly("7.24.0");
	}

	private List<String> rows(String query) throws SQLException {
		try (var connection = DriverManager.getConnection(url, "sa", "")) {
			return EngineSchemaIT.rows(connection, query);
		}
	}
}
