package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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
	void aRollbackOnAConnectionTheDatabaseDroppedIsTheDatabaseAway() {
		// what Hikari throws for a connection it closed after the database cut it (SQLState 08003)
		var closed = new SQLException("Connection is closed", "08003");
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
