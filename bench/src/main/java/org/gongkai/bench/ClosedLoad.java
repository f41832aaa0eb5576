package org.gongkai.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed-model load: {@code connections} clients each send their next call as soon as the last one is
 * answered, for {@code duration}. It measures capacity (answers per second at saturation), which the
 * open model does not: it is how the portal's throughput is compared with its raw component's.
 */
final class ClosedLoad {

	private final HttpClient client;

	ClosedLoad(HttpClient client) {
		this.client = client;
	}

	Measured run(String workload, int connections, Duration duration, LongFunction<HttpRequest> calls,
			Predicate<HttpResponse<byte[]>> expected) throws InterruptedException {
		Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(2), 3);
		Map<String, Long> errors = new ConcurrentHashMap<>();
		AtomicLong sequence = new AtomicLong();
		AtomicLong ok = new AtomicLong();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		var threads = new ArrayList<Thread>();
		for (int c = 0; c < connections; c++) {
			var thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					try {
						var response = client.send(calls.apply(sequence.getAndIncrement()),
								HttpResponse.BodyHandlers.ofByteArray());
						if (expected.test(response)) {
							latencies.recordValue(Math.min(System.nanoTime() - sent, latencies.getHighestTrackableValue()));
							ok.incrementAndGet();
						}
						else {
							errors.merge("HTTP " + response.statusCode(), 1L, Long::sum);
						}
					}
					catch (IOException e) {
						errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}, workload + "-" + c);
			thread.start();
			threads.add(thread);
		}
		for (var thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return Measured.of(workload, "closed", connections, seconds, sequence.get(), ok.get(), errors, latencies);
	}
}
