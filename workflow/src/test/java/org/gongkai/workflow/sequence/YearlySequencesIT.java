package org.gongkai.workflow.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.gongkai.workflow.MariaDb;
import org.gongkai.workflow.WorkflowTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The yearly sequences on MariaDB, under as many concurrent first takers of a year as the pool has connections. */
@SpringBootTest(classes = WorkflowTestApplication.class,
		properties = { "camunda.bpm.job-execution.enabled=false", "spring.datasource.hikari.connection-timeout=5000" })
class YearlySequencesIT {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.freshDatabase("gongkai_it_yearly_sequences", registry);
	}

	@Autowired
	YearlySequences sequences;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * Every connection of the pool is held by a transaction that takes the first serial of a year nobody
	 * has numbered yet: the year's row is made without a connection of the pool, and each gets its own
	 * serial. (When the row was made on a second connection of the pool, none was free: every taker
	 * failed at the pool's time-out, and at 120 confirmations a second none ever succeeded.)
	 */
	@Test
	void asManyFirstTakersOfAYearAsThePoolHasConnectionsEachGetTheirSerial() throws Exception {
		int takers = MariaDb.POOL;
		var allHoldAConnection = new CyclicBarrier(takers);
		var serials = new ArrayList<CompletableFuture<Integer>>();
		for (int i = 0; i < takers; i++) {
			serials.add(CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(status -> {
				jdbc.queryForObject("select count(*) from yearly_sequence", Integer.class);
				await(allHoldAConnection);
				return sequences.next("it-first-of-year", 2031);
			}), Executors.newSingleThreadExecutor()));
		}
		List<Integer> taken = new ArrayList<>();
		for (var serial : serials) {
			taken.add(serial.get(30, TimeUnit.SECONDS));
		}
		assertThat(taken).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, takers).boxed().toList());
		assertThat(jdbc.queryForObject("select next_value from yearly_sequence where name = 'it-first-of-year' and serial_year = 2031",
				Integer.class)).isEqualTo(takers + 1);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(20, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
