package org.gongkai.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the catalogue searches one node has in flight, and sheds the rest.
 *
 * <p>Past its capacity, Elasticsearch queues every search it is sent, and each waits longer than the one
 * before; a citizen's browser or a client gives up after seconds, but the search it abandoned is still
 * run, ahead of the next one. Measured at 1,000,000 items with 50 broad queries a second against a
 * capacity of 20, the portal answered 12.6 a second where Elasticsearch alone answered 36
 * (docs/performance.md, G5). Admitted here, a search waits at most {@code wait} for one of
 * {@code inFlight} permits (first come, first served) and is otherwise refused with {@link SearchBusy}
 * at once, so the searches Elasticsearch works on are bounded and their visitors wait seconds, not minutes.
 *
 * <p>The queries' costs are heavy-tailed: most take milliseconds, a broad one at 1,000,000 items seconds under
 * load. {@code inFlight} must leave room for the cheap ones while broad ones hold permits: at 1,000,000 items on
 * two cores, 32 answered 10.5 of 50 searches a second (capacity 15.5) where 8 answered 7.6 (capacity 13.2;
 * docs/performance.md, round 6). Each search of the catalogue is one {@code _msearch} of two searches.
 */
public final class SearchAdmission {

	private static final SearchAdmission UNBOUNDED = new SearchAdmission();

	private final Semaphore permits;

	private final int inFlight;

	private final Duration wait;

	private SearchAdmission() {
		this.permits = null;
		this.inFlight = Integer.MAX_VALUE;
		this.wait = Duration.ZERO;
	}

	/**
	 * @param inFlight searches in flight at most, at least 1
	 * @param wait how long a search beyond them waits for one to end before it is refused
	 */
	public SearchAdmission(int inFlight, Duration wait) {
		if (inFlight < 1) {
			throw new IllegalArgumentException("At least one search must be allowed in flight, not " + inFlight);
		}
		if (wait == null || wait.isNegative()) {
			throw new IllegalArgumentException("The wait for a search's turn must be zero or more, not " + wait);
		}
		this.permits = new Semaphore(inFlight, true);
		this.inFlight = inFlight;
		this.wait = wait;
	}

	/** No bound: every search is sent at once (tools, tests, the benchmark's raw side). */
	public static SearchAdmission unbounded() {
		return UNBOUNDED;
	}

	/**
	 * Runs {@code search} once a permit is free.
	 * @throws SearchBusy if none was free within the wait
	 */
	public <T> T admit(Supplier<T> search) {
		if (this.permits == null) {
			return search.get();
		}
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			throw new SearchBusy(this.inFlight, retryAfter());
		}
		try {
			return search.get();
		}
		finally {
			this.permits.release();
		}
	}

	/** Searches in flight at most; {@link Integer#MAX_VALUE} when unbounded. */
	public int inFlight() {
		return this.inFlight;
	}

	/** What a refused caller is told to wait: the admission's own wait, at least a second. */
	private Duration retryAfter() {
		return (this.wait.compareTo(Duration.ofSeconds(1)) > 0) ? this.wait : Duration.ofSeconds(1);
	}

}
