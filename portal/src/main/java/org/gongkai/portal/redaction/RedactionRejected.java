package org.gongkai.portal.redaction;

/**
 * A file or mark the redaction cannot work with (encrypted or damaged PDF, a page that does not exist,
 * an unknown reason), with the message key the pages and the API show.
 */
public class RedactionRejected extends RuntimeException {

	private final String messageKey;

	public RedactionRejected(String messageKey, String message) {
		super(message);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
