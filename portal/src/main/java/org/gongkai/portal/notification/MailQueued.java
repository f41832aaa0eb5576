package org.gongkai.portal.notification;

/** A mail was added to the outbox; the relay sends it as soon as the transaction commits. */
record MailQueued(Long entryId) {
}
