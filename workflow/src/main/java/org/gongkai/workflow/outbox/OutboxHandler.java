package org.gongkai.workflow.outbox;

import java.util.List;
import java.util.Map;

/**
 * Delivers one topic's entries to its system. The relay has claimed them; the handler only talks to the
 * other system and says which entries it refused.
 *
 * @param <E> the topic's entry
 */
public interface OutboxHandler<E extends OutboxEntry> {

	/** Whether a pass may start now (a mail server is configured, the index exists); false leaves every entry untouched. */
	default boolean ready() {
		return true;
	}

	/**
	 * Delivers the claimed entries, in the order given (oldest due first).
	 *
	 * @return the id and reason of each entry the other system refused; every other entry was delivered
	 * @throws OutboxTargetUnavailable if the other system cannot be reached
	 */
	Map<Long, String> deliver(List<E> entries);

	/** Names the entry in the log. */
	default String describe(E entry) {
		return "entry " + entry.getId();
	}
}
