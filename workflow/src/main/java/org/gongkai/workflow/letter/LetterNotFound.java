package org.gongkai.workflow.letter;

import org.gongkai.workflow.Refusal;

/** No such letter, or not one the caller may see. */
public class LetterNotFound extends RuntimeException implements Refusal {

	private final transient Object id;

	public LetterNotFound(Object id) {
		super("Letter " + id + " not found");
		this.id = id;
	}

	@Override
	public String messageKey() {
		return "fact.letter.notFound";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(id) };
	}
}
