package org.gongkai.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-model load generator: call {@code i} is started at {@code start + i / rate} whether or not the
 * earlier calls were answered, and its latency counts from that intended start, so a portal that stalls
 * is charged for every call it delayed (no coordinated omission, see
 * <a href="https://github.com/giltene/wrk2#acknowledgements">wrk2</a>). At most {@code maxOutstanding}
 * calls are in flight; calls beyond that are counted as {@code dropped}, never silently skipped.
 */
final class OpenLoad {

	private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(2);

	private final HttpClient client;

	private final int maxOutstanding;

	private final Duration timeout;

	OpenLoad(HttpClient client, int maxOutstanding, Duration timeout) {
		this.client = client;
		this.maxOutstanding = maxOutstanding;
		this.timeout = timeout;
	}

	/**
	 * Starts {@code rate} calls per second for {@code duration}, waits for the last answers (at most the
	 * call timeout), and returns what they gave.
	 *
	 * @param calls the {@code i}-th call
	 * @param expected whether an answer is the expected one (anything else is an error, by status)
	 */
	Measured run(String workload, double rate, Duration duration, LongFunction<HttpRequest> calls,
			Predicate<HttpResponse<byte[]>> expected) throws InterruptedException {
		Histogram latencies = new ConcurrentHistogram(HIGHEST_NANOS, 3);
		Map<String, Long> errors = new ConcurrentHashMap<>();
		AtomicLong ok = new AtomicLong();
		Semaphore outstanding = new Semaphore(maxOutstanding);
		long total = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
		double interval = 1e9 / rate;
		long start = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long intended = startWhenDue(start + Math.round(i * interval), outstanding, errors);
			if (intended == DROPPED) {
				continue;
			}
			HttpRequest call = calls.apply(i);
			client.sendAsync(call, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
				long latency = System.nanoTime() - intended;
				if (failure != null) {
					errors.merge(cause(failure), 1L, Long::sum);
				}
				else if (expected.test(response)) {
					latencies.recordValue(Math.min(latency, HIGHEST_NANOS));
					ok.incrementAndGet();
				}
				else {
					errors.merge("HTTP " + response.statusCode(), 1L, Long::sum);
				}
				outstanding.release();
			});
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (!outstanding.tryAcquire(maxOutstanding, timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
			errors.merge("unanswered", (long) (maxOutstanding - outstanding.availablePermits()), Long::sum);
		}
		else {
			outstanding.release(maxOutstanding);
		}
		return Measured.of(workload, "open", rate, seconds, total, ok.get(), errors, latencies);
	}

	private static String cause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

	/** What {@link #startWhenDue} answers when every slot is taken. */
	static final long DROPPED = Long.MIN_VALUE;

	/**
	 * Waits until a call's intended start and takes a slot for it; returns that start, or {@link #DROPPED}
	 * (and counts it as {@code dropped}) if {@code outstanding} has no free slot. Shared by both open loads.
	 */
	static long startWhenDue(long intended, Semaphore outstanding, Map<String, Long> errors) {
		for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
			LockSupport.parkNanos(wait);
		}
		if (!outstanding.tryAcquire()) {
			errors.merge("dropped", 1L, Long::sum);
			return DROPPED;
		}
		return intended;
	}
}
