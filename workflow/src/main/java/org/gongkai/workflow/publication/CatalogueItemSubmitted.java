package org.gongkai.workflow.publication;

/** An item went to review; published inside the transaction, so a listener may still refuse it by throwing. */
public record CatalogueItemSubmitted(Long itemId, String actor) {
}
