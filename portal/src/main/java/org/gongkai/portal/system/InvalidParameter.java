package org.gongkai.portal.system;

/** A query parameter (of the calculators) is malformed or out of range; the problem response names it. */
public class InvalidParameter extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidParameter(String parameter, String messageKey, Object... arguments) {
		super(parameter + ": " + messageKey);
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The value itself, if it lies within [min, max]. */
	public static int requireBetween(String parameter, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidParameter(parameter, "api.parameter.range", parameter, String.valueOf(min),
					String.valueOf(max));
		}
		return value;
	}

	public String parameter() {
		return parameter;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}
}
