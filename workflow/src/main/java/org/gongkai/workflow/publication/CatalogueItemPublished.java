package org.gongkai.workflow.publication;

/** An item became public; listeners that run after commit may hand it to the search index at once. */
public record CatalogueItemPublished(Long itemId, String indexNo) {
}
