package org.gongkai.workflow.publication;

/** A transition was asked of a catalogue item whose status does not allow it. */
public class ItemNotInExpectedState extends RuntimeException {

	public ItemNotInExpectedState(Long itemId, ItemStatus actual, String transition) {
		super("Catalogue item " + itemId + " is " + actual + " and cannot be " + transition);
	}
}
