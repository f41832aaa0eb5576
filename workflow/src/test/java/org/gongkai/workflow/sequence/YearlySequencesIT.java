package org.gongkai.workflow.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly sequences on MariaDB: a serial taken at once holds its row lock until the taker commits;
 * one taken at commit holds none before, is still gap-free, and is taken by no transaction that rolls back;
 * as many first takers of a year as the pool has connections each get their serial.
 */
@SpringBootTest(classes = WorkflowTestApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=validate", "camunda.bpm.job-execution.enabled=false",
				"spring.datasource.hikari.connection-timeout=5000" })
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

	@Test
	void aSerialTakenAtOnceMakesTheNextTakerWaitForTheCommit() throws Exception {
		var name = "it-at-once";
		inTransaction(() -> sequences.next(name, 2026));
		var taken = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var first = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
			int serial = sequences.next(name, 2026);
			taken.countDown();
			await(release);
			return serial;
		}));
		assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
		var second = CompletableFuture.supplyAsync(() -> inTransaction(() -> sequences.next(name, 2026)));
		// the row lock: the second taker waits while the first transaction is open
		assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(2);
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(3);
	}

	@Test
	void aSerialTakenAtCommitHoldsNoLockBeforeAndFollowsTheCommits() throws Exception {
		var name = "it-at-commit";
		inTransaction(() -> sequences.next(name, 2026));
		var asked = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var assigned = new AtomicInteger();
		var first = CompletableFuture.runAsync(() -> inTransaction(() -> {
			sequences.nextAtCommit(name, 2026, assigned::set);
			asked.countDown();
			await(release);
			assertThat(assigned).as("not taken before the commit").hasValue(0);
			return null;
		}));
		assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
		// no lock: the second taker gets the next serial while the first transaction is still open
		assertThat(CompletableFuture.supplyAsync(() -> inTransaction(() -> sequences.next(name, 2026)))
			.get(5, TimeUnit.SECONDS)).isEqualTo(2);
		release.countDown();
		first.get(10, TimeUnit.SECONDS);
		assertThat(assigned).hasValue(3);
		assertThat(inTransaction(() -> sequences.next(name, 2026))).as("no gap").isEqualTo(4);
	}

	@Test
	void aTransactionThatRollsBackTakesNoSerial() {
		var name = "it-rollback";
		var assigned = new AtomicInteger();
		var template = new TransactionTemplate(transactions);
		template.executeWithoutResult(status -> {
			sequences.nextAtCommit(name, 2026, assigned::set);
			status.setRollbackOnly();
		});
		assertThat(assigned).hasValue(0);
		assertThat(inTransaction(() -> sequences.next(name, 2026))).isEqualTo(1);
	}

	@Test
	void assignPendingTakesTheSerialsNowInTheOrderAskedAndOnlyOnce() {
		var name = "it-pending";
		var assigned = new ArrayList<String>();
		inTransaction(() -> {
			sequences.nextAtCommit(name, 2026, serial -> assigned.add("a" + serial));
			sequences.nextAtCommit(name, 2026, serial -> assigned.add("b" + serial));
			sequences.assignPending();
			assertThat(assigned).containsExactly("a1", "b2");
			return null;
		});
		assertThat(assigned).containsExactly("a1", "b2");
		assertThat(inTransaction(() -> sequences.next(name, 2026))).isEqualTo(3);
	}

	@Test
	void anInnerTransactionTakesItsOwnSerialsAtItsOwnCommit() {
		var name = "it-nested";
		var assigned = new ArrayList<String>();
		var inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		inTransaction(() -> {
			sequences.nextAtCommit(name, 2026, serial -> assigned.add("outer" + serial));
			inner.executeWithoutResult(status -> sequences.nextAtCommit(name, 2026, serial -> assigned.add("inner" + serial)));
			assertThat(assigned).containsExactly("inner1");
			return null;
		});
		assertThat(assigned).isEqualTo(List.of("inner1", "outer2"));
	}

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

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> work.get());
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
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
