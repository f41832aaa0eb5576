package org.gongkai.portal.subscription;

import java.time.Instant;

/** The search outbox still holds index changes from a digest's window: saved searches wait for the index. */
class SearchIndexBehind extends RuntimeException {

	SearchIndexBehind(Instant until) {
		super("The search index has not yet applied every change up to " + until);
	}
}
