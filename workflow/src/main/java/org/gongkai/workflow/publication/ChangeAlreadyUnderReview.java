package org.gongkai.workflow.publication;

/** A published item can have one change under review at a time. */
public class ChangeAlreadyUnderReview extends RuntimeException {

	public ChangeAlreadyUnderReview(Long itemId) {
		super("Catalogue item " + itemId + " already has a change under review");
	}
}
