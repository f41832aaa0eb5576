package org.gongkai.workflow.publication;

/** An upload that is not accepted: wrong type, too large, too many, or unreadable; names the message key. */
public class AttachmentRejected extends RuntimeException {

	private final String messageKey;

	public AttachmentRejected(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
