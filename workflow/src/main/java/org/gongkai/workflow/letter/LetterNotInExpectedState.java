package org.gongkai.workflow.letter;

import org.gongkai.workflow.Refusal;

/** The step does not fit where the letter is (rating before the reply, a second rating, a second extension). */
public class LetterNotInExpectedState extends RuntimeException implements Refusal {

	private final String letterNo;

	private final String messageKey;

	public LetterNotInExpectedState(String letterNo, LetterStatus status, String messageKey) {
		super("Letter " + letterNo + " is " + status + ": " + messageKey);
		this.letterNo = letterNo;
		this.messageKey = messageKey;
	}

	@Override
	public String messageKey() {
		return messageKey;
	}

	@Override
	public Object[] args() {
		return new Object[] { letterNo };
	}
}
