package org.gongkai.workflow.sequence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out the next serial of a named sequence for a year inside the caller's transaction. The
 * {@code update} takes a row lock that serialises concurrent callers on every node; a rolled-back
 * caller also rolls back its serial, so no number is ever given twice and none is skipped.
 *
 * <p>The year's row is created first, committed on its own: creating it inside the caller's transaction
 * lets two first allocations of a year deadlock on InnoDB's insert locks. It is created on a connection
 * of its own, outside the pool: the caller already holds one of the pool's connections, and when every
 * one of them is held by a caller waiting to create the row (twenty confirmations of receipt at once on
 * the first day of a year, or of a fresh database) none would be left to create it, and none would be
 * returned until the pool's time-out failed them all, again and again.
 *
 * <p>The lock lasts until the caller commits, so callers of one sequence run one at a time from
 * their {@code update} to their commit. A caller with much left to do after it (a task completion,
 * whose engine flush follows) takes its serial {@linkplain #nextAtCommit at commit} instead: still
 * in its own transaction, so still gapless, but the lock is held for the commit only.
 */
@Component
public class YearlySequences {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	YearlySequences(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** The next serial (1, 2, …) of {@code name} in {@code year}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(String name, int year) {
		if (increment(name, year) == 0) {
			createYear(name, year);
			if (increment(name, year) == 0) {
				throw new IllegalStateException("Sequence " + name + "/" + year + " vanished");
			}
		}
		Integer next = jdbc.queryForObject("select next_value from yearly_sequence where name = ? and serial_year = ?",
				Integer.class, name, year);
		return next - 1;
	}

	/**
	 * Hands the next serial of {@code name} in {@code year} to {@code assign} just before the caller's
	 * transaction commits, after everything else it did; {@code assign} writes it where it belongs, in
	 * the same transaction. Something in the transaction that needs the serial earlier calls
	 * {@link #assignPending()}. A transaction that rolls back takes no serial.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void nextAtCommit(String name, int year, IntConsumer assign) {
		pending().add(() -> assign.accept(next(name, year)));
	}

	/** Takes now the serials that the current transaction asked for at commit, in the order asked. */
	public void assignPending() {
		for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof AtCommit atCommit && atCommit.owner == this) {
				atCommit.run();
			}
		}
	}

	/** The current transaction's serials to take at commit; with a synchronization, suspended with its transaction. */
	private List<Runnable> pending() {
		for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof AtCommit atCommit && atCommit.owner == this) {
				return atCommit.pending;
			}
		}
		var atCommit = new AtCommit(this);
		TransactionSynchronizationManager.registerSynchronization(atCommit);
		return atCommit.pending;
	}

	private static final class AtCommit implements TransactionSynchronization {

		private final YearlySequences owner;

		private final List<Runnable> pending = new ArrayList<>();

		AtCommit(YearlySequences owner) {
			this.owner = owner;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			run();
		}

		void run() {
			// an assignment may ask for another serial at commit: it is taken in this loop too
			while (!pending.isEmpty()) {
				pending.remove(0).run();
			}
		}
	}

	private int increment(String name, int year) {
		return jdbc.update("update yearly_sequence set next_value = next_value + 1 where name = ? and serial_year = ?",
				name, year);
	}

	private void createYear(String name, int year) {
		try (Connection connection = unpooledConnection()) {
			connection.setAutoCommit(true);
			try (var insert = connection
				.prepareStatement("insert into yearly_sequence (name, serial_year, next_value) values (?, ?, 1)")) {
				insert.setString(1, name);
				insert.setInt(2, year);
				insert.executeUpdate();
			}
			catch (SQLIntegrityConstraintViolationException raced) {
				// another caller or node created the year's row first; that is all we needed
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create the sequence " + name + " for " + year, e);
		}
	}

	/** A new physical connection to the pool's database, with the pool's settings. */
	private Connection unpooledConnection() throws SQLException {
		var pool = dataSource.unwrap(HikariDataSource.class);
		if (pool.getDataSource() != null) {
			return pool.getDataSource().getConnection();
		}
		var properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		return DriverManager.getConnection(pool.getJdbcUrl(), properties);
	}
}
