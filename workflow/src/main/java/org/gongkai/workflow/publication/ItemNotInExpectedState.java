package org.gongkai.workflow.publication;

import org.gongkai.workflow.Refusal;

/** A transition was asked of a catalogue item whose status does not allow it. */
public class ItemNotInExpectedState extends RuntimeException implements Refusal {

	private final Long itemId;

	private final ItemStatus actual;

	public ItemNotInExpectedState(Long itemId, ItemStatus actual, String transition) {
		super("Catalogue item " + itemId + " is " + actual + " and cannot be " + transition);
		this.itemId = itemId;
		this.actual = actual;
	}

	public Long itemId() {
		return itemId;
	}

	@Override
	public String messageKey() {
		return "fact.item.wrongState";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(itemId), String.valueOf(actual) };
	}
}
