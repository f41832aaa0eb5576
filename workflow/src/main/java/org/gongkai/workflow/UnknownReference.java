package org.gongkai.workflow;

import org.gongkai.workflow.Refusal;

/** A command named a column, department or other reference data that does not exist. */
public class UnknownReference extends RuntimeException implements Refusal {

	private final String field;

	private final String value;

	public UnknownReference(String field, String value) {
		super("Unknown " + field + ": " + value);
		this.field = field;
		this.value = value;
	}

	public String field() {
		return field;
	}

	@Override
	public String messageKey() {
		return "fact.reference.unknown";
	}

	@Override
	public Object[] args() {
		return new Object[] { field, String.valueOf(value) };
	}
}
