package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are the database being away (503), as the pool and JPA report them. */
class DatabaseUnavailableHandlerTests {

	@Test
	void aPoolThatWaitedInVainIsTheDatabaseAway() {
		var timedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
		assertThat(DatabaseUnavailableHandler
			.connectionLost(new CannotCreateTransactionException("Could not open JPA EntityManager", timedOut))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedIsTheDatabaseAway() throws SQLException {
		// Hikari closes a connection the database cut (SQLState 08…) and answers any later call on it,
		// such as the rollback of the transaction that failed, with its own exception, without a SQLState
		SQLException closed;
		try (var pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:h2:mem:closed");
			var connection = pool.getConnection();
			connection.close();
			closed = catchThrowableOfType(SQLException.class, connection::rollback);
		}
		assertThat((Throwable) closed).as("the closed connection refuses the rollback").isNotNull();
		var rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection", closed));
		assertThat(DatabaseUnavailableHandler.connectionLost(rollback)).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		var tooLong = new SQLException("Data too long for column 'title'", "22001");
		assertThat(DatabaseUnavailableHandler.connectionLost(new JpaSystemException(new RuntimeException(tooLong))))
			.isFalse();
		assertThat(DatabaseUnavailableHandler.connectionLost(new IllegalStateException("no"))).isFalse();
	}
}
