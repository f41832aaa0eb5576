package org.gongkai.workflow.engineschema;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * A lock, across every node on the database, held while one node reads the engine schema's version and
 * migrates it. Flyway's own lock covers only its migrations: the version that decides the baseline is
 * read before, and a node reading it while another runs the create scripts would find the engine's
 * tables half made (a property table without a schema log). On MySQL and MariaDB a named lock
 * ({@code GET_LOCK}), held by one connection and released when it closes, also if the node dies.
 * An embedded H2 database has one node, and no lock.
 *
 * @see <a href="https://mariadb.com/kb/en/get_lock/">MariaDB: GET_LOCK</a>
 */
final class EngineSchemaLock implements AutoCloseable {

	private final Connection connection;

	private final String name;

	private EngineSchemaLock(Connection connection, String name) {
		this.connection = connection;
		this.name = name;
	}

	/** Waits for the lock up to {@code timeout}, or fails saying which lock another node holds. */
	static EngineSchemaLock acquire(DataSource dataSource, String scriptType, Duration timeout) throws SQLException {
		if (!"mysql".equals(scriptType)) {
			return new EngineSchemaLock(null, null);
		}
		var connection = dataSource.getConnection();
		try (var statement = connection.prepareStatement("select get_lock(?, ?)")) {
			var name = name(connection);
			statement.setString(1, name);
			statement.setLong(2, timeout.toSeconds());
			try (var rows = statement.executeQuery()) {
				if (rows.next() && rows.getInt(1) == 1) {
					return new EngineSchemaLock(connection, name);
				}
			}
			throw new EngineSchemaNotUsable("Another node has held the lock " + name + " for over " + timeout.toSeconds()
					+ " s while migrating the Camunda engine schema: see its log, or the output of "
					+ "select * from information_schema.metadata_lock_info");
		}
		catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	/**
	 * Named locks are the server's, not a database's: the name holds a hash of the database's, so that
	 * two portals on different databases of one server do not wait for each other (and stays within
	 * MySQL's 64 characters).
	 */
	static String name(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select concat('gongkai_engine_schema_', left(md5(database()), 16))")) {
			rows.next();
			return rows.getString(1);
		}
	}

	@Override
	public void close() throws SQLException {
		if (connection == null) {
			return;
		}
		try (connection; var statement = connection.prepareStatement("select release_lock(?)")) {
			statement.setString(1, name);
			statement.execute();
		}
	}
}
