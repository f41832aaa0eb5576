package org.gongkai.workflow.publication;

/** Item content that breaks a rule needing the database; names the field and the message key. */
public class InvalidItemContent extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public InvalidItemContent(String field, String messageKey, String detail, Object... args) {
		super(detail);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args.clone();
	}

	/** The message's arguments (a limit, a range), if it has any. */
	public Object[] args() {
		return args.clone();
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
