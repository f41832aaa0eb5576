package org.gongkai.workflow.outbox;

import java.time.Duration;

import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The pause before an entry's next attempt after it failed: Spring's {@link ExponentialBackOff} from
 * {@code initial}, doubled for each further failure, at most {@code max}. Per entry, so one entry the
 * other system refuses waits longer and longer without holding up the others.
 */
public record OutboxBackOff(Duration initial, Duration max) {

	public OutboxBackOff {
		max = max.compareTo(initial) < 0 ? initial : max;
	}

	/** The pause after {@code failures} failed attempts (1 for the first). */
	public Duration after(int failures) {
		var backOff = new ExponentialBackOff(initial.toMillis(), 2);
		backOff.setMaxInterval(max.toMillis());
		var execution = backOff.start();
		long delay = execution.nextBackOff();
		for (int i = 1; i < failures && delay < backOff.getMaxInterval(); i++) {
			delay = execution.nextBackOff();
		}
		return Duration.ofMillis(delay);
	}
}
