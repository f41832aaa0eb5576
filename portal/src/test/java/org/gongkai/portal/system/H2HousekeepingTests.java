package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every commit written at once (WRITE_DELAY=0) H2 leaves the file's chunks ever emptier; the
 * housekeeping rewrites them as H2's own background writer would.
 */
class H2HousekeepingTests {

	@TempDir
	Path home;

	@Test
	void compactsTheChunksThatSingleCommitsLeftHalfEmpty() throws SQLException {
		var dataSource = new JdbcDataSource();
		// no retention of old chunks, so that those compaction empties are free at once
		dataSource.setURL("jdbc:h2:file:" + home.resolve("db") + ";MODE=MySQL;WRITE_DELAY=0;RETENTION_TIME=0");
		try (var connection = dataSource.getConnection()) {
			commitOneByOne(connection, 400);
			int before = store(connection).getFileStore().getChunksFillRate();

			new H2Housekeeping(dataSource).compact();
			connection.createStatement().executeUpdate("update counter set v = v + 1");

			int after = store(connection).getFileStore().getChunksFillRate();
			assertThat(before).as("chunks' fill rate after one commit each").isLessThan(60);
			assertThat(after).as("chunks' fill rate after housekeeping").isGreaterThanOrEqualTo(80);
		}
	}

	@Test
	void doesNothingOnAnInMemoryDatabase() throws SQLException {
		var dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:housekeeping;DB_CLOSE_DELAY=-1");
		var housekeeping = new H2Housekeeping(dataSource);
		housekeeping.compact();
		housekeeping.compact();
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.isValid(1)).isTrue();
		}
	}

	private static void commitOneByOne(Connection connection, int count) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("create table item(id bigint auto_increment primary key, title varchar(200))");
			statement.execute("create table counter(v bigint)");
			statement.execute("insert into counter values (0)");
		}
		try (var insert = connection.prepareStatement("insert into item(title) values (?)");
				var update = connection.prepareStatement("update counter set v = v + 1")) {
			for (int i = 0; i < count; i++) {
				insert.setString(1, "申请 " + i + " " + "x".repeat(150));
				insert.executeUpdate();
				update.executeUpdate();
			}
		}
	}

	private static MVStore store(Connection connection) throws SQLException {
		var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
		return session.getDatabase().getStore().getMvStore();
	}
}
