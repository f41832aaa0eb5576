package org.gongkai.workflow.publication;

import org.gongkai.workflow.Refusal;

/** An upload that is not accepted: wrong type, too large, too many, or unreadable; names the message key. */
public class AttachmentRejected extends RuntimeException implements Refusal {

	private final String messageKey;

	public AttachmentRejected(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	@Override
	public String messageKey() {
		return messageKey;
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
