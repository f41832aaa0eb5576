package org.gongkai.workflow.publication;

import org.gongkai.workflow.InvalidValue;

/**
 * Item content that breaks a rule needing the database (a withheld item without its legal basis, an
 * interpretation of an unpublished document): an {@link InvalidValue} like any other, named for the catalogue.
 */
public class InvalidItemContent extends InvalidValue {

	public InvalidItemContent(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}
}
