package org.gongkai.search;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** Runs a client call and turns "cannot reach Elasticsearch" into {@link SearchUnavailable}. */
final class Calls {

	/** A call to the Elasticsearch client. */
	@FunctionalInterface
	interface Call<T> {

		T run() throws IOException;

	}

	private Calls() {
	}

	/**
	 * Runs {@code call}; I/O failures (refused connection, time-out, a proxy's error page) and the
	 * statuses that mean "try later" (429, 502, 503, 504) become {@link SearchUnavailable}, other
	 * errors from Elasticsearch are thrown as they are.
	 */
	static <T> T call(String what, Call<T> call) {
		try {
			return call.run();
		}
		catch (ElasticsearchException ex) {
			throw translated(what, ex);
		}
		catch (IOException ex) {
			throw new SearchUnavailable("Elasticsearch cannot be reached while " + what + ": " + ex, ex);
		}
	}

	/**
	 * What to throw for an error Elasticsearch answered while doing {@code what}: {@link SearchUnavailable}
	 * for a status that means "try later", else the error itself. Also for the failed item of a
	 * {@code _msearch}, which the client returns rather than throws.
	 */
	static RuntimeException translated(String what, ElasticsearchException ex) {
		if (isRetryable(ex.status())) {
			return new SearchUnavailable("Elasticsearch is unavailable for now while " + what + ": " + ex.getMessage(), ex);
		}
		return ex;
	}

	static boolean isRetryable(int status) {
		return status == 429 || status == 502 || status == 503 || status == 504;
	}

	static boolean isIndexNotFound(ElasticsearchException ex) {
		return ex.error() != null && "index_not_found_exception".equals(ex.error().type());
	}

}
