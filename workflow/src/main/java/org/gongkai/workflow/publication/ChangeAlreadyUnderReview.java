package org.gongkai.workflow.publication;

import org.gongkai.workflow.Refusal;

/** A published item can have one change under review at a time. */
public class ChangeAlreadyUnderReview extends RuntimeException implements Refusal {

	public ChangeAlreadyUnderReview(Long itemId) {
		super("Catalogue item " + itemId + " already has a change under review");
	}

	@Override
	public String messageKey() {
		return "fact.item.changeUnderReview";
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
