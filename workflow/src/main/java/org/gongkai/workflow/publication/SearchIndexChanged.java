package org.gongkai.workflow.publication;

/** A published item changed (corrected, 失效/废止, withdrawn): its outbox entry may be applied at once after commit. */
public record SearchIndexChanged(Long itemId) {
}
