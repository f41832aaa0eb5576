package org.gongkai.bench;

import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * What one measured run of one workload gave: how many calls were started, how many answered as expected,
 * the other outcomes by kind, and the latency distribution of the expected answers in milliseconds.
 *
 * @param workload the workload's id and what was measured ({@code G5 portal search})
 * @param model {@code open} (calls started at {@code rate} per second whatever the answers) or {@code closed}
 *        ({@code rate} is the number of connections each sending its next call when the last one answered)
 * @param errors outcomes other than the expected answer: {@code HTTP 500}, an exception's simple name, or
 *        {@code dropped} for calls the open model did not start because too many were outstanding
 * @param perSecond expected answers per second of the measured time
 */
record Measured(String workload, String model, double rate, double seconds, long started, long ok,
		Map<String, Long> errors, double perSecond, double p50, double p90, double p99, double p999, double max,
		double mean) {

	static Measured of(String workload, String model, double rate, double seconds, long started, long ok,
			Map<String, Long> errors, Histogram nanos) {
		return new Measured(workload, model, rate, seconds, started, ok, Map.copyOf(errors), round(ok / seconds),
				millis(nanos.getValueAtPercentile(50)), millis(nanos.getValueAtPercentile(90)),
				millis(nanos.getValueAtPercentile(99)), millis(nanos.getValueAtPercentile(99.9)),
				millis(nanos.getMaxValue()), round(nanos.getMean() / 1e6));
	}

	/** A single timed operation (a rebuild, a start-up, a bulk load): {@code count} things in {@code seconds}. */
	static Measured single(String workload, long count, double seconds) {
		return new Measured(workload, "single", 0, round(seconds), 1, 1, Map.of(), round(count / seconds), 0, 0, 0, 0,
				round(seconds * 1000), round(seconds * 1000));
	}

	/** How long one thing took (a start-up), in seconds. */
	static Measured time(String workload, double seconds) {
		return new Measured(workload, "time", 0, round(seconds), 1, 1, Map.of(), 0, 0, 0, 0, 0, round(seconds * 1000),
				round(seconds * 1000));
	}

	/** A value read once (resident memory in MB, a backlog count). */
	static Measured value(String workload, double value) {
		return new Measured(workload, "value", 0, 0, 1, 1, Map.of(), value, 0, 0, 0, 0, 0, 0);
	}

	long errorCount() {
		return errors.values().stream().mapToLong(Long::longValue).sum();
	}

	private static double millis(long nanos) {
		return round(nanos / 1e6);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
