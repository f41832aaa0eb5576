package org.gongkai.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The run's own database on the machine's MariaDB/MySQL: created empty before the portal starts (its
 * Flyway migrations and Camunda make the schema), reached by the generator through JDBC, dropped at the end.
 */
final class BenchDatabase implements AutoCloseable {

	/** The parameters the portal's MySQL profile uses, and batched inserts rewritten into multi-row ones. */
	private static final String PARAMETERS = "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
			+ "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";

	private final BenchOptions options;

	private final String server;

	BenchDatabase(BenchOptions options) throws SQLException {
		this.options = options;
		this.server = "jdbc:mysql://" + options.mysqlHost() + ":" + options.mysqlPort() + "/";
		if (!options.database().matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("database names of the benchmark are [a-z0-9_]+: " + options.database());
		}
		try (var connection = DriverManager.getConnection(server + PARAMETERS, options.mysqlUser(), options.mysqlPassword());
				var statement = connection.createStatement()) {
			if (options.reuseData()) {
				return;
			}
			statement.execute("drop database if exists " + options.database());
			statement.execute("create database " + options.database() + " character set utf8mb4 collate utf8mb4_unicode_ci");
		}
	}

	/** The URL the portal uses. */
	String url() {
		return server + options.database() + PARAMETERS;
	}

	/** A connection for the generator: batched inserts are sent as multi-row statements. */
	Connection connect() throws SQLException {
		return DriverManager.getConnection(url() + "&rewriteBatchedStatements=true", options.mysqlUser(),
				options.mysqlPassword());
	}

	@Override
	public void close() throws SQLException {
		if (options.keepDatabase()) {
			return;
		}
		try (var connection = DriverManager.getConnection(server + PARAMETERS, options.mysqlUser(), options.mysqlPassword());
				var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + options.database());
		}
	}
}
