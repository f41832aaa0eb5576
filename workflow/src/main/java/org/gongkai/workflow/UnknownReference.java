package org.gongkai.workflow;

/** A command named a column, department or other reference data that does not exist. */
public class UnknownReference extends RuntimeException {

	private final String field;

	public UnknownReference(String field, String value) {
		super("Unknown " + field + ": " + value);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
