package org.gongkai.workflow.engineschema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What the database holds of the engine's schema: nothing, or the version in Camunda's schema log
 * ({@code ACT_GE_SCHEMA_LOG}, one row per create or upgrade script run; {@code ACT_GE_PROPERTY}'s
 * {@code schema.version} says only "fox" since 7.x).
 */
final class InstalledEngineSchema {

	private InstalledEngineSchema() {
	}

	/**
	 * The highest version in the schema log, or empty if the database has no engine tables.
	 *
	 * @throws EngineSchemaNotUsable if the engine tables are there without a schema log (before 7.11)
	 */
	static Optional<EngineVersion> read(Connection connection) throws SQLException {
		if (!hasTable(connection, "ACT_GE_PROPERTY")) {
			return Optional.empty();
		}
		if (!hasTable(connection, "ACT_GE_SCHEMA_LOG")) {
			throw new EngineSchemaNotUsable("The database has Camunda engine tables but no ACT_GE_SCHEMA_LOG (a schema older "
					+ "than Camunda 7.11): upgrade it by hand with Camunda's scripts (docs/operations.md, \"Upgrading the engine schema\").");
		}
		EngineVersion highest = null;
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG")) {
			while (rows.next()) {
				var version = EngineVersion.parse(rows.getString(1));
				highest = highest == null || highest.isBefore(version) ? version : highest;
			}
		}
		if (highest == null) {
			throw new EngineSchemaNotUsable("The database's ACT_GE_SCHEMA_LOG is empty: the engine schema's version is unknown.");
		}
		return Optional.of(highest);
	}

	/** Whether the connection's own database (schema) has the table, in Camunda's upper case or folded to lower. */
	private static boolean hasTable(Connection connection, String name) throws SQLException {
		var metadata = connection.getMetaData();
		for (String candidate : new String[] { name, name.toLowerCase() }) {
			try (var tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), candidate,
					new String[] { "TABLE" })) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}
}
