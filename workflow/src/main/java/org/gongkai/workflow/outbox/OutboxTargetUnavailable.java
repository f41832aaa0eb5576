package org.gongkai.workflow.outbox;

/**
 * The other system (Elasticsearch, the mail server) cannot be reached: not the entries' fault, so they
 * keep their place, are tried again after the topic's outage delay, and the pass stops.
 */
public class OutboxTargetUnavailable extends RuntimeException {

	public OutboxTargetUnavailable(String message, Throwable cause) {
		super(message, cause);
	}
}
