package org.gongkai.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * G1's and G2's raw component: a standalone Camunda engine of the portal's version in the bench's own JVM, on a
 * scratch database of the same MariaDB server ({@code <run database>_raw}, created here and dropped by
 * {@link #close}), with the run's history level, no job executor and a pool as large as the portal's. It
 * deploys a process of one user task and starts instances of it (G1: nothing but
 * {@code runtimeService.startProcessInstanceByKey} with the two variables the portal's process starts with), whose
 * tasks G2 completes with nothing but {@code taskService.complete}.
 */
final class RawEngine implements AutoCloseable {

	static final String PROCESS = "BenchRawTask";

	static final String TASK = "Task_Raw";

	/** Where G1's raw instances' request ids are numbered from. */
	private static final long FIRST_START = 1_000_000_000L;

	/** The portal's pool ({@code GONGKAI_DB_POOL}, 20 by default). */
	static final int POOL = 20;

	/** Threads of an open load on the raw engine: more than its pool, as the portal's web server has. */
	static final int THREADS = 64;

	private static final String PARAMETERS = "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
			+ "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";

	private final BenchOptions options;

	private final String database;

	private final PooledDataSource pool;

	private final ProcessEngine engine;

	RawEngine(BenchOptions options) throws SQLException {
		this.options = options;
		this.database = options.database() + "_raw";
		execute("drop database if exists " + database);
		execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
		var configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("bench-raw-" + ProcessHandle.current().pid());
		// READ COMMITTED, as the portal's pool sets it (Camunda requires it on MySQL)
		pool = new PooledDataSource("com.mysql.cj.jdbc.Driver", server() + database + PARAMETERS, options.mysqlUser(),
				options.mysqlPassword());
		pool.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
		pool.setPoolMaximumActiveConnections(POOL);
		pool.setPoolMaximumIdleConnections(POOL);
		configuration.setDataSource(pool);
		configuration.setDatabaseType("mysql");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(options.historyLevel());
		configuration.setJobExecutorActivate(false);
		// the portal's ids, as the Spring Boot starter configures them (camunda.bpm.id-generator=strong): the
		// standalone default takes blocks of ids from one row of ACT_GE_PROPERTY, which concurrent completions
		// fight over (the first idle run's raw open load failed on it)
		configuration.setIdGenerator(new StrongUuidGenerator());
		engine = configuration.buildProcessEngine();
		// the index the portal adds to Camunda's tables (EngineIndexes): without it every completion reads all
		// open tasks for subtasks, and both sides would measure that scan rather than the completion
		execute("create index GK_IDX_TASK_PARENT on " + database + ".ACT_RU_TASK (PARENT_TASK_ID_)");
		engine.getRepositoryService()
			.createDeployment()
			.name("bench raw")
			.addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
				.camundaHistoryTimeToLive(3650)
				.startEvent()
				.userTask(TASK)
				.camundaCandidateGroups("office-editor")
				.endEvent()
				.done())
			.deploy();
	}

	/** Starts {@code count} instances on {@code threads} threads; the ids of their open tasks, oldest first. */
	List<String> openTasks(int count, int threads) throws InterruptedException {
		var started = BlockingLoad.closed("G2 raw: start instances", threads, count, i -> {
			engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "raw-" + i);
			return null;
		});
		if (started.errorCount() > 0) {
			throw new IllegalStateException("the raw engine did not start every instance: " + started.errors());
		}
		var ids = new ArrayList<String>(count);
		var tasks = engine.getTaskService();
		int page = 5_000;
		for (int first = 0;; first += page) {
			var found = tasks.createTaskQuery().processDefinitionKey(PROCESS).orderByTaskCreateTime().asc()
				.orderByTaskId().asc().listPage(first, page);
			found.forEach(task -> ids.add(task.getId()));
			if (found.size() < page) {
				return ids;
			}
		}
	}

	/**
	 * {@code runtimeService.startProcessInstanceByKey} with a business key and the variables a disclosure request's
	 * process starts with (its id and whether it is a correction): {@code null}, or the exception's simple name.
	 */
	String start(long i) {
		try {
			engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "raw-start-" + i,
					Map.of("requestId", FIRST_START + i, "correction", false));
			return null;
		}
		catch (RuntimeException e) {
			return e.getClass().getSimpleName();
		}
	}

	/** {@code taskService.complete}: {@code null}, or the exception's simple name. */
	String complete(String taskId) {
		try {
			engine.getTaskService().complete(taskId);
			return null;
		}
		catch (RuntimeException e) {
			return e.getClass().getSimpleName();
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			engine.close();
			pool.forceCloseAll();
		}
		finally {
			execute("drop database if exists " + database);
		}
	}

	private String server() {
		return "jdbc:mysql://" + options.mysqlHost() + ":" + options.mysqlPort() + "/";
	}

	private void execute(String sql) throws SQLException {
		try (var connection = DriverManager.getConnection(server() + PARAMETERS, options.mysqlUser(), options.mysqlPassword());
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
