package org.gongkai.workflow.publication;

/**
 * An item became public; listeners that run after commit may hand it to the search index at once,
 * listeners in the same transaction may follow it (the annual report it carries becomes published).
 */
public record CatalogueItemPublished(Long itemId, String indexNo, String approver) {
}
