package org.gongkai.workflow.letter;

/**
 * A step of a letter was recorded in its case log. Published inside the step's transaction, so a listener
 * that queues a mail to the writer commits or rolls back with the step.
 *
 * @param type the event type, e.g. {@code FORWARDED}, {@code DECLINED}, {@code REPLIED}
 */
public record LetterEventLogged(Long letterId, String type) {
}
