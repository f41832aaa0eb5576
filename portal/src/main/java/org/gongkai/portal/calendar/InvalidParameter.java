package org.gongkai.portal.calendar;

/** A query parameter of the calculators is malformed or out of range; the problem response names it. */
class InvalidParameter extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final transient Object[] arguments;

	InvalidParameter(String parameter, String messageKey, Object... arguments) {
		super(parameter + ": " + messageKey);
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The value itself, if it lies within [min, max]. */
	static int requireBetween(String parameter, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidParameter(parameter, "api.parameter.range", parameter, String.valueOf(min),
					String.valueOf(max));
		}
		return value;
	}

	String parameter() {
		return parameter;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}
}
