package org.gongkai.workflow.engineschema;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Engine Flyway migration {@code V<minor>}: brings the engine's schema to at least that Camunda version.
 * On a database without engine tables it runs the create scripts (which make the jar's own version, so
 * every later migration of the same release finds nothing to do); on one at an older version it runs
 * the upgrade scripts up to its version. It reads the version from the database, inside Flyway's lock,
 * rather than trusting the history alone: the schema log is what Camunda itself writes.
 *
 * <p>Not a Spring bean: Spring Boot hands every {@link JavaMigration} bean to Gongkai's own Flyway.
 */
final class EngineSchemaMigration implements JavaMigration {

	private final EngineVersion target;

	private final EngineScripts scripts;

	EngineSchemaMigration(EngineVersion target, EngineScripts scripts) {
		this.target = target;
		this.scripts = scripts;
	}

	@Override
	public MigrationVersion getVersion() {
		return target.migrationVersion();
	}

	@Override
	public String getDescription() {
		return "camunda engine " + target;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	/** MySQL commits each DDL statement on its own: a transaction around the scripts would promise what it cannot keep. */
	@Override
	public boolean canExecuteInTransaction() {
		return false;
	}

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		var installed = InstalledEngineSchema.read(connection);
		if (installed.isEmpty()) {
			scripts.create(connection);
		}
		else if (installed.get().isBefore(target)) {
			scripts.upgrade(connection, installed.get(), target);
		}
	}
}
