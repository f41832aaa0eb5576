package org.gongkai.portal.redaction;

import java.util.regex.Pattern;

/**
 * Ready search patterns for personal data that is typically withheld (art. 15); the marking page
 * offers them by their label {@code redaction.pattern.<name>}.
 */
public enum RedactionPatterns {

	/** A mainland resident ID number: 18 characters, region, birth date, sequence, check digit (may be X). */
	ID_NUMBER("(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])"),

	/** A mainland mobile number: 11 digits starting 13–19. */
	MOBILE("(?<!\\d)1[3-9]\\d{9}(?!\\d)"),

	/** A landline with its area code, with or without a hyphen: 010-12345678, 05718765432. */
	LANDLINE("(?<!\\d)0\\d{2,3}-?\\d{7,8}(?!\\d)");

	private final Pattern pattern;

	RedactionPatterns(String regex) {
		this.pattern = Pattern.compile(regex);
	}

	public Pattern pattern() {
		return pattern;
	}

	/** The message key of the label shown on the marking page. */
	public String labelKey() {
		return "redaction.pattern." + name();
	}
}
