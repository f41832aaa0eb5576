package org.gongkai.workflow.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;

/**
 * Delivers one topic's outbox: the portal nudges it right after a transaction that enqueued an entry
 * commits, and every few seconds on every node for whatever is still pending (the other system was
 * down, a node died).
 * <p>
 * Each chunk of due entries is first claimed with a guarded update ({@link Outbox#claim}), so two nodes
 * never deliver the same row at the same moment; an entry is marked delivered (or deleted) only after the
 * other system accepted it. An entry the other system refuses is retried later with growing pauses
 * ({@link OutboxBackOff}) without holding up the others. While the other system is unreachable a pass
 * stops at the first chunk, which moves only that chunk back by the outage delay, so that once the
 * system returns everything goes out in the order it was queued.
 * <p>
 * Delivery is at least once: a node that dies between the other system's acceptance and the update
 * leaves the row to be delivered again once its claim expires; the handlers make that harmless (the
 * index renders the item's current version, a mail keeps its {@code Message-ID}). Passes run on a thread
 * of the relay's own, never on the shared scheduler thread, so a slow system delays nothing else.
 *
 * @param <E> the topic's entry
 */
public final class OutboxRelay<E extends OutboxEntry> {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int MAX_ERROR = 1000;

	private final Outbox<E> outbox;

	private final OutboxHandler<E> handler;

	private final OutboxPolicy policy;

	private final Clock clock;

	private final ExecutorService worker;

	/** A pass is queued on the worker and has not started yet: further nudges can be dropped. */
	private final AtomicBoolean queued = new AtomicBoolean();

	private final AtomicBoolean targetDown = new AtomicBoolean();

	public OutboxRelay(Outbox<E> outbox, OutboxHandler<E> handler, OutboxPolicy policy, Clock clock) {
		this.outbox = outbox;
		this.handler = handler;
		this.policy = policy;
		this.clock = clock;
		this.worker = Executors.newSingleThreadExecutor(task -> {
			var thread = new Thread(task, policy.topic() + "-relay");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Asks the worker for a pass without waiting for it; nudges while one is queued are merged. */
	public void nudge() {
		if (queued.compareAndSet(false, true)) {
			try {
				worker.execute(() -> {
					queued.set(false);
					drain();
				});
			}
			catch (RuntimeException rejected) {
				queued.set(false);
			}
		}
	}

	/** Delivers every due entry this node can claim, on the calling thread; returns how many were accepted. */
	public synchronized int drain() {
		int delivered = 0;
		try {
			if (!handler.ready()) {
				return 0;
			}
			while (true) {
				var due = outbox.findDue(clock.instant(), PageRequest.of(0, policy.batch()));
				for (int from = 0; from < due.size(); from += policy.chunk()) {
					var claimed = claim(due.subList(from, Math.min(due.size(), from + policy.chunk())));
					if (claimed.isEmpty()) {
						continue;
					}
					int accepted = deliver(claimed);
					if (accepted < 0) {
						return delivered;
					}
					delivered += accepted;
				}
				if (due.size() < policy.batch()) {
					return delivered;
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("The {} outbox was not drained, will retry: {}", policy.topic(), e.toString());
			return delivered;
		}
	}

	private List<E> claim(List<E> entries) {
		var now = clock.instant();
		var until = now.plus(policy.claimTimeout());
		var claimed = new ArrayList<E>(entries.size());
		for (var entry : entries) {
			if (outbox.claim(entry.getId(), now, until) == 1) {
				claimed.add(entry);
			}
		}
		return claimed;
	}

	/** Hands a claimed chunk to the handler and records what became of each entry; -1 when the system is down. */
	private int deliver(List<E> claimed) {
		Map<Long, String> refused;
		try {
			refused = handler.deliver(claimed);
		}
		catch (OutboxTargetUnavailable down) {
			// an outage is not the entries' fault: they keep their place and are tried again soon
			var retryAt = clock.instant().plus(policy.outageDelay());
			var reason = truncate(down.getMessage());
			claimed.forEach(entry -> outbox.markFailed(entry.getId(), retryAt, reason));
			if (targetDown.compareAndSet(false, true)) {
				log.warn("The {} target is unreachable, its outbox entries stay pending: {}", policy.topic(), reason);
			}
			return -1;
		}
		if (targetDown.compareAndSet(true, false)) {
			log.info("The {} target is reachable again, delivering the pending outbox entries", policy.topic());
		}
		int accepted = 0;
		for (var entry : claimed) {
			var reason = refused.get(entry.getId());
			if (reason == null) {
				if (policy.keepDelivered()) {
					outbox.markDelivered(entry.getId(), clock.instant());
				}
				else {
					outbox.deleteDelivered(entry.getId());
				}
				accepted++;
			}
			else {
				int failures = entry.getAttempts() + 1;
				var retryAt = clock.instant().plus(policy.backOff().after(failures));
				outbox.markFailed(entry.getId(), retryAt, truncate(reason));
				log.warn("The {} outbox's {} was refused, attempt {}, next at {}: {}", policy.topic(),
						handler.describe(entry), failures, retryAt, reason);
			}
		}
		return accepted;
	}

	private static String truncate(String text) {
		return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
	}

	/** Lets a running pass finish (up to 20 s) and stops the worker. */
	public void stop() throws InterruptedException {
		worker.shutdown();
		if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
			worker.shutdownNow();
		}
	}
}
