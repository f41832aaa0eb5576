package org.gongkai.workflow.emergency;

import org.gongkai.workflow.InvalidValue;

/** How long each text of an emergency event may be: what its column ({@code V60}) and page carry. */
public final class EmergencyLimits {

	public static final int NAME = 200;

	public static final int LOCATION = 200;

	public static final int SUMMARY = 4000;

	public static final int AUTHOR = 100;

	public static final int PHONE = 30;

	private EmergencyLimits() {
	}

	/** @throws InvalidValue naming the first text that is too long */
	static void check(EmergencyEventDetails details) {
		max("name", details.name(), NAME);
		max("location", details.location(), LOCATION);
		max("summary", details.summary(), SUMMARY);
		max("author", details.author(), AUTHOR);
		max("phone", details.phone(), PHONE);
	}

	static void max(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new InvalidValue(field, "text.tooLong", max);
		}
	}
}
