package org.gongkai.workflow.request;

import java.sql.Connection;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

/** What Flyway hands a Java migration, on a connection of the test's own. */
final class MigrationContext {

	private MigrationContext() {
	}

	static Context on(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}
}
