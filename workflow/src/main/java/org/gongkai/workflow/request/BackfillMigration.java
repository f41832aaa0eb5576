package org.gongkai.workflow.request;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java that fills what a new column or table needs for the rows already stored,
 * with the same code as new rows get it. Spring Boot hands {@link JavaMigration} beans to Flyway; the
 * version is given, not taken from the class name, and is also the checksum (the code is the migration).
 */
abstract class BackfillMigration implements JavaMigration {

	private final int version;

	private final String description;

	BackfillMigration(int version, String description) {
		this.version = version;
		this.description = description;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion(Integer.toString(version));
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Integer getChecksum() {
		return version;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}
}
