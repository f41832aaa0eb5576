package org.gongkai.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The two load models for calls that are not HTTP requests (or need a fixed number of calls): each call
 * is a blocking function of its index that returns {@code null} when it gave the expected answer and the
 * kind of error otherwise ({@code HTTP 409}, an exception's simple name). Errors are counted by kind, as
 * {@link OpenLoad} and {@link ClosedLoad} count them.
 * <ul>
 * <li>{@link #open}: call {@code i} is started at {@code start + i / rate} on a pool of {@code threads},
 * its latency counted from that intended start (no coordinated omission); at most 2,000 outstanding, the
 * rest {@code dropped};
 * <li>{@link #closed}: {@code connections} threads each make their next call when the last returned,
 * until {@code count} calls were made: capacity over a fixed amount of work (tasks to complete are used
 * up, so a run of fixed duration could run out of them).
 * </ul>
 */
final class BlockingLoad {

	private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(2);

	private static final int MAX_OUTSTANDING = 2_000;

	private BlockingLoad() {
	}

	/** The number of calls {@link #open} makes at {@code rate} for {@code duration}, as {@link OpenLoad} does. */
	static long calls(double rate, Duration duration) {
		return Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
	}

	static Measured open(String workload, double rate, Duration duration, int threads, LongFunction<String> call)
			throws InterruptedException {
		Histogram latencies = new ConcurrentHistogram(HIGHEST_NANOS, 3);
		Map<String, Long> errors = new ConcurrentHashMap<>();
		AtomicLong ok = new AtomicLong();
		Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
		long total = calls(rate, duration);
		double interval = 1e9 / rate;
		var pool = Executors.newFixedThreadPool(threads, runnable -> {
			var thread = new Thread(runnable, workload + "-open");
			thread.setDaemon(true);
			return thread;
		});
		long start = System.nanoTime();
		double seconds;
		try {
			for (long i = 0; i < total; i++) {
				long intended = OpenLoad.startWhenDue(start + Math.round(i * interval), outstanding, errors);
				if (intended == OpenLoad.DROPPED) {
					continue;
				}
				long index = i;
				pool.execute(() -> {
					try {
						record(call, index, intended, latencies, errors, ok);
					}
					finally {
						outstanding.release();
					}
				});
			}
			seconds = (System.nanoTime() - start) / 1e9;
			if (!outstanding.tryAcquire(MAX_OUTSTANDING, Stack.CALL_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
				errors.merge("unanswered", (long) (MAX_OUTSTANDING - outstanding.availablePermits()), Long::sum);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return Measured.of(workload, "open", rate, seconds, total, ok.get(), errors, latencies);
	}

	static Measured closed(String workload, int connections, long count, LongFunction<String> call)
			throws InterruptedException {
		Histogram latencies = new ConcurrentHistogram(HIGHEST_NANOS, 3);
		Map<String, Long> errors = new ConcurrentHashMap<>();
		AtomicLong next = new AtomicLong();
		AtomicLong ok = new AtomicLong();
		long start = System.nanoTime();
		var threads = new ArrayList<Thread>();
		for (int c = 0; c < connections; c++) {
			var thread = new Thread(() -> {
				for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					record(call, i, System.nanoTime(), latencies, errors, ok);
				}
			}, workload + "-" + c);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		for (var thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return Measured.of(workload, "closed", connections, seconds, count, ok.get(), errors, latencies);
	}

	private static void record(LongFunction<String> call, long index, long from, Histogram latencies,
			Map<String, Long> errors, AtomicLong ok) {
		String error;
		try {
			error = call.apply(index);
		}
		catch (RuntimeException e) {
			error = e.getClass().getSimpleName();
		}
		if (error == null) {
			latencies.recordValue(Math.min(System.nanoTime() - from, HIGHEST_NANOS));
			ok.incrementAndGet();
		}
		else {
			errors.merge(error, 1L, Long::sum);
		}
	}
}
