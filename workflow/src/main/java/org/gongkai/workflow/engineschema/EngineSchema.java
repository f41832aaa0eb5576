package org.gongkai.workflow.engineschema;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Makes or checks the engine's tables while the engine is being built, before it touches any of them:
 * a {@link org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin} runs inside the engine's construction,
 * so no bean ordering can put the engine first. It also turns the engine's own {@code schema-update}
 * off, whatever the configuration says, so that the tables are changed only by Camunda's shipped scripts
 * (managed) or by the DBA (external).
 *
 * <p>Managed: a second Flyway with its own history table {@value #HISTORY}, whose versions are Camunda
 * minor versions ({@link EngineSchemaMigration}). A database whose engine tables an earlier release made
 * with {@code schema-update} (no engine history yet) is baselined at the version in its schema log, and
 * upgraded from there. An {@link EngineSchemaLock} around the version's reading and Flyway lets several
 * nodes start at once; under the same lock the indexes Gongkai adds to the engine's tables
 * ({@link EngineIndexes}) are made if missing, and the history level the database records is set to the
 * configured one ({@link EngineHistoryLevel}). After Gongkai's own Flyway
 * ({@link DependsOnDatabaseInitialization}), which refuses a non-empty database without its history.
 *
 * <p>Both modes then require the schema at this engine's minor version, or refuse to start.
 */
@Component
@DependsOnDatabaseInitialization
class EngineSchema extends AbstractProcessEnginePlugin implements Ordered {

	/** The engine Flyway's history table, beside Gongkai's {@code flyway_schema_history}. */
	static final String HISTORY = "flyway_engine_history";

	/** The first version the engine Flyway records: Gongkai's releases before it made 7.24 schemas. */
	private static final EngineVersion FIRST = new EngineVersion(7, 24);

	/** Longer than the create scripts take on a slow database: a second node waits for the first. */
	private static final Duration LOCK_TIMEOUT = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(EngineSchema.class);

	private final DataSource dataSource;

	private final EngineSchemaProperties properties;

	EngineSchema(DataSource dataSource, EngineSchemaProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/** After the starter's own plugins, which copy {@code camunda.bpm.database.schema-update} into the configuration. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
		try {
			var type = scriptType(configuration);
			var scripts = new EngineScripts(type);
			if (properties.mode() == EngineSchemaMode.MANAGED) {
				try (var lock = EngineSchemaLock.acquire(dataSource, type, LOCK_TIMEOUT)) {
					migrate(scripts);
					try (var connection = dataSource.getConnection()) {
						EngineIndexes.make(connection);
						EngineHistoryLevel.align(connection, configuration.getHistory());
					}
				}
			}
			check(scripts);
			if (properties.mode() != EngineSchemaMode.MANAGED) {
				try (var connection = dataSource.getConnection()) {
					EngineIndexes.report(connection);
					EngineHistoryLevel.check(connection, configuration.getHistory());
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot read the engine schema's version", e);
		}
	}

	private void migrate(EngineScripts scripts) throws SQLException {
		var installed = installed();
		var current = scripts.current();
		if (installed.isPresent() && current.isBefore(installed.get())) {
			throw tooNew(installed.get(), current);
		}
		var migrations = new ArrayList<JavaMigration>();
		for (EngineVersion target : targets(scripts)) {
			migrations.add(new EngineSchemaMigration(target, scripts));
		}
		var result = Flyway.configure(EngineSchema.class.getClassLoader())
			.dataSource(dataSource)
			.table(HISTORY)
			.baselineOnMigrate(true)
			// an engine schema made by schema-update is recorded at its version; with none, below every migration
			.baselineVersion(installed.map(EngineVersion::toString).orElse("0"))
			.baselineDescription(installed.isPresent() ? "camunda engine found at this version" : "no camunda engine")
			.resourceProvider(NO_SQL)
			.javaMigrationClassProvider(NO_CLASSES)
			.javaMigrations(migrations.toArray(JavaMigration[]::new))
			.load()
			.migrate();
		if (result.migrationsExecuted > 0) {
			log.info("Camunda engine schema ({}) brought to {} by {} migration(s) of {}", scripts.databaseType(),
					current, result.migrationsExecuted, HISTORY);
		}
	}

	/**
	 * The versions offered to the engine Flyway: the first one it records, and every later minor version
	 * an upgrade script of the jar leads to. Flyway runs those above the history's (or baseline's) version;
	 * a database made by schema-update before 7.24 is baselined below {@link #FIRST}, and its migration
	 * upgrades it in several steps.
	 */
	private static List<EngineVersion> targets(EngineScripts scripts) {
		var targets = new ArrayList<EngineVersion>();
		targets.add(FIRST);
		targets.addAll(scripts.upgradesAfter(FIRST));
		return targets;
	}

	private void check(EngineScripts scripts) throws SQLException {
		var installed = installed();
		var current = scripts.current();
		if (installed.isEmpty()) {
			throw new EngineSchemaNotUsable("The database has no Camunda engine tables. With GONGKAI_ENGINE_SCHEMA=external "
					+ "a DBA creates them with Camunda's " + scripts.databaseType() + " create scripts for " + current
					+ " (docs/production.md, \"Engine schema\"); or set GONGKAI_ENGINE_SCHEMA=managed.");
		}
		if (installed.get().isBefore(current)) {
			throw new EngineSchemaNotUsable("The Camunda engine schema is at " + installed.get() + ", this release's engine is "
					+ current + ". With GONGKAI_ENGINE_SCHEMA=external a DBA runs Camunda's " + scripts.databaseType()
					+ " upgrade scripts from " + installed.get() + " to " + current
					+ " (docs/operations.md, \"Upgrading the engine schema\"); or set GONGKAI_ENGINE_SCHEMA=managed.");
		}
		if (current.isBefore(installed.get())) {
			throw tooNew(installed.get(), current);
		}
	}

	private static EngineSchemaNotUsable tooNew(EngineVersion installed, EngineVersion current) {
		return new EngineSchemaNotUsable("The Camunda engine schema is at " + installed + ", newer than this release's engine ("
				+ current + "): start the release that upgraded it, or restore the backup taken before.");
	}

	private Optional<EngineVersion> installed() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			return InstalledEngineSchema.read(connection);
		}
	}

	/**
	 * The prefix of Camunda's scripts: the configured {@code camunda.bpm.database.type} (the mysql profile
	 * sets it), else the H2 or MySQL/MariaDB the JDBC driver names. MariaDB runs the MySQL scripts, as
	 * Camunda's documentation says (there are no MariaDB scripts in the jar).
	 */
	private String scriptType(ProcessEngineConfigurationImpl configuration) throws SQLException {
		var type = configuration.getDatabaseType();
		if (type == null || type.isBlank()) {
			try (var connection = dataSource.getConnection()) {
				var product = connection.getMetaData().getDatabaseProductName();
				type = switch (product) {
					case "H2" -> "h2";
					case "MySQL", "MariaDB" -> "mysql";
					default -> throw new EngineSchemaNotUsable(
							"Set camunda.bpm.database.type for the database " + product + " (Gongkai runs on H2 and MySQL/MariaDB)");
				};
			}
		}
		return "mariadb".equals(type) ? "mysql" : type;
	}

	/** The engine Flyway reads no SQL files: its only migrations are the Java ones above. */
	private static final ResourceProvider NO_SQL = new ResourceProvider() {

		@Override
		public LoadableResource getResource(String name) {
			return null;
		}

		@Override
		public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
			return List.of();
		}
	};

	private static final ClassProvider<JavaMigration> NO_CLASSES = List::of;
}
