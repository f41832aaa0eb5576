package org.gongkai.workflow;

import java.util.List;

/**
 * A value the law or the agency's practice cannot accept (an extension of −5 working days, a letter
 * received in year 1, a 10 MB body): names the field, the message key the portal shows and the key's
 * arguments. Nothing was written.
 *
 * <p>It is still an {@link IllegalArgumentException} whose message starts with {@code field:} so that
 * the pages that catch those today show it too.
 */
public class InvalidValue extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	private final transient List<Object> args;

	/**
	 * @param detail the message in Chinese, for the log and for pages that show the exception's text
	 */
	public InvalidValue(String field, String messageKey, String detail, Object... args) {
		super(field + ": " + detail);
		this.field = field;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.toArray();
	}

	/** The message without the field, as the Chinese text given. */
	public String detail() {
		return getMessage().substring(field.length() + 2);
	}
}
