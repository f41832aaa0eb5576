package org.gongkai.workflow.publication;

/** Item content that breaks a rule needing the database; names the field and the message key. */
public class InvalidItemContent extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidItemContent(String field, String messageKey, String detail) {
		super(detail);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
