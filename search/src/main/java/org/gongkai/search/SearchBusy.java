package org.gongkai.search;

import java.time.Duration;

/**
 * A search was not started because as many as this node allows were already in flight and none ended
 * within the admission's wait (see {@link SearchAdmission}). Elasticsearch is up but saturated: the
 * caller answers "busy, try again shortly" at once instead of queueing behind work it cannot finish.
 */
public class SearchBusy extends SearchUnavailable {

	private final Duration retryAfter;

	public SearchBusy(int inFlight, Duration retryAfter) {
		super("Search is busy: " + inFlight + " searches are in flight on this node", null);
		this.retryAfter = retryAfter;
	}

	/** When the caller may try again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
