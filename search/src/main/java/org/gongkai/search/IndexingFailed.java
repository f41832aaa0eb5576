package org.gongkai.search;

import java.util.List;

/**
 * Elasticsearch answered but refused to index some documents (a mapping conflict, a malformed
 * value); retrying the same documents will fail the same way.
 */
public class IndexingFailed extends RuntimeException {

	private final List<String> ids;

	public IndexingFailed(String message, List<String> ids, Throwable cause) {
		super(message, cause);
		this.ids = List.copyOf(ids);
	}

	/** The ids of the documents that were refused. */
	public List<String> ids() {
		return this.ids;
	}

}
