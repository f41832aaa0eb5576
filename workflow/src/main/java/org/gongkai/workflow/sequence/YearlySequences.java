package org.gongkai.workflow.sequence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the next serial of a named sequence for a year inside the caller's transaction. The
 * {@code update} takes a row lock that serialises concurrent callers on every node; a rolled-back
 * caller also rolls back its serial, so no number is ever given twice and none is skipped. The
 * year's row is created first in a short transaction of its own: creating it inside the caller's
 * transaction lets two first allocations of a year deadlock on InnoDB's insert locks.
 */
@Component
public class YearlySequences {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	YearlySequences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next serial (1, 2, …) of {@code name} in {@code year}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(String name, int year) {
		if (increment(name, year) == 0) {
			separately.executeWithoutResult(status -> createYear(name, year));
			if (increment(name, year) == 0) {
				throw new IllegalStateException("Sequence " + name + "/" + year + " vanished");
			}
		}
		Integer next = jdbc.queryForObject("select next_value from yearly_sequence where name = ? and serial_year = ?",
				Integer.class, name, year);
		return next - 1;
	}

	private int increment(String name, int year) {
		return jdbc.update("update yearly_sequence set next_value = next_value + 1 where name = ? and serial_year = ?",
				name, year);
	}

	private void createYear(String name, int year) {
		try {
			jdbc.update("insert into yearly_sequence (name, serial_year, next_value) values (?, ?, 1)", name, year);
		}
		catch (DuplicateKeyException raced) {
			// another node created the year's row first; that is all we needed
		}
	}
}
