package org.gongkai.workflow.publication;

/** A reviewer returned an item for revision, with the reason; published inside the transaction. */
public record CatalogueItemReturned(Long itemId, String actor, String comment) {
}
