package org.gongkai.workflow.request;

/**
 * A step of a request was recorded in its event log. Published inside the step's transaction, so a
 * listener that writes to the database (a notification outbox) commits or rolls back with the step.
 *
 * @param type the event type, e.g. {@code RECEIVED}, {@code SUPPLEMENT_REQUESTED}, {@code REPLIED}
 */
public record RequestEventLogged(Long requestId, String type, String actor, String note) {
}
