package org.gongkai.workflow.publication;

/**
 * A published item was withdrawn from the public catalogue (撤回), in the transaction of the change;
 * listeners in the same transaction may follow it (the request it was promoted from is no longer public).
 */
public record CatalogueItemWithdrawn(Long itemId, String indexNo, String reason, String approver) {
}
