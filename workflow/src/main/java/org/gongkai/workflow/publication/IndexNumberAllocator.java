package org.gongkai.workflow.publication;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates the next 索引号 serial per organisation and year inside the publishing transaction.
 * The {@code update} takes a row lock that serialises concurrent publications on every node; a
 * rolled-back publication also rolls back its serial, so no number is ever given to two items.
 * The year's row is created first in a short transaction of its own: creating it inside the
 * publishing transaction lets two first publications of a year deadlock on InnoDB's insert locks.
 */
@Component
public class IndexNumberAllocator {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	private final IndexNumberTemplate template;

	IndexNumberAllocator(JdbcTemplate jdbc, PlatformTransactionManager transactions, PublicationProperties properties) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.template = new IndexNumberTemplate(properties.indexNumberTemplate());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String allocate(String orgCode, int year) {
		if (increment(orgCode, year) == 0) {
			separately.executeWithoutResult(status -> createYear(orgCode, year));
			if (increment(orgCode, year) == 0) {
				throw new IllegalStateException("Index number sequence " + orgCode + "/" + year + " vanished");
			}
		}
		Integer next = jdbc.queryForObject(
				"select next_value from index_number_sequence where org_code = ? and serial_year = ?", Integer.class,
				orgCode, year);
		return template.format(orgCode, year, next - 1);
	}

	private int increment(String orgCode, int year) {
		return jdbc.update(
				"update index_number_sequence set next_value = next_value + 1 where org_code = ? and serial_year = ?",
				orgCode, year);
	}

	private void createYear(String orgCode, int year) {
		try {
			jdbc.update("insert into index_number_sequence (org_code, serial_year, next_value) values (?, ?, 1)",
					orgCode, year);
		}
		catch (DuplicateKeyException raced) {
			// another node created the year's row first; that is all we needed
		}
	}
}
