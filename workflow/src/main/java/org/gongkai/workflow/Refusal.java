package org.gongkai.workflow;

/**
 * A domain exception whose meaning the caller is shown (a task already completed, a request in another
 * state, a value out of range): the key of its message in {@code workflow-messages.properties} (Chinese) and
 * {@code workflow-messages_en.properties}, and the key's arguments. The exception's own message is for the
 * log; the portal answers with the key's text in the caller's language.
 */
public interface Refusal {

	/** The key of the message shown to the caller. */
	String messageKey();

	/** The message's arguments, already formatted (ids as text, so that no grouping separator creeps in). */
	Object[] args();
}
