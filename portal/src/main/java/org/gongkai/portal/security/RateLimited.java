package org.gongkai.portal.security;

/** A client has used up its calls to a rate-limited endpoint; it may call again after {@code retryAfterSeconds}. */
public class RateLimited extends RuntimeException {

	private final long retryAfterSeconds;

	RateLimited(long retryAfterSeconds) {
		super("rate limited, retry after " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
