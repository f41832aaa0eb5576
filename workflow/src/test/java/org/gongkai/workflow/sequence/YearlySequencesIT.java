package org.gongkai.workflow.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.workflow.MariaDb;
import org.gongkai.workflow.WorkflowTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly sequences on MariaDB: a serial taken at once holds its row lock until the taker commits;
 * one taken at commit holds none before, is still gap-free, and is taken by no transaction that rolls back.
 */
@SpringBootTest(classes = WorkflowTestApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=validate", "camunda.bpm.job-execution.enabled=false" })
class YearlySequencesIT {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.freshDatabase("gongkai_it_yearly_sequences", registry);
	}

	@Autowired
	YearlySequences sequences;

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
}
