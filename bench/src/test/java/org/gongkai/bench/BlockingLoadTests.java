package org.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/** Both load models of blocking calls: every index called once, errors counted by kind, latency from the intended start. */
class BlockingLoadTests {

	@Test
	void closedMakesExactlyTheCountOfCallsEachIndexOnceAndCountsErrorsByKind() throws Exception {
		Set<Long> seen = ConcurrentHashMap.newKeySet();
		var measured = BlockingLoad.closed("test", 3, 100, i -> {
			assertThat(seen.add(i)).as("index " + i + " called once").isTrue();
			if (i % 10 == 0) {
				return "HTTP 409";
			}
			if (i == 55) {
				throw new IllegalStateException("boom");
			}
			return null;
		});
		assertThat(seen).hasSize(100).allMatch(i -> i >= 0 && i < 100);
		assertThat(measured.model()).isEqualTo("closed");
		assertThat(measured.started()).isEqualTo(100);
		assertThat(measured.ok()).isEqualTo(89);
		assertThat(measured.errors()).containsEntry("HTTP 409", 10L).containsEntry("IllegalStateException", 1L);
	}

	@Test
	void openStartsCallsAtTheRateAndChargesAStallToTheCallsItHeldUp() throws Exception {
		Set<Long> seen = ConcurrentHashMap.newKeySet();
		var measured = BlockingLoad.open("test", 50, Duration.ofSeconds(1), 1, i -> {
			seen.add(i);
			if (i == 5) {
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			return null;
		});
		assertThat(BlockingLoad.calls(50, Duration.ofSeconds(1))).isEqualTo(50);
		assertThat(seen).hasSize(50);
		assertThat(measured.ok()).isEqualTo(50);
		assertThat(measured.errors()).isEmpty();
		// one thread: the calls queued behind the stalled one count their wait from their intended start
		assertThat(measured.max()).isGreaterThanOrEqualTo(450);
		assertThat(measured.p90()).isGreaterThan(100);
	}
}
