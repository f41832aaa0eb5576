package org.gongkai.search;

/**
 * Elasticsearch could not be reached or is overloaded; the same call may succeed later, so callers
 * retry (the portal's outbox) or tell the user that search is down for now.
 */
public class SearchUnavailable extends RuntimeException {

	public SearchUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
