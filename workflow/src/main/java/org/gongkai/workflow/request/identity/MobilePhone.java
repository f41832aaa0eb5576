package org.gongkai.workflow.request.identity;

import java.util.regex.Pattern;

import org.gongkai.workflow.InvalidValue;

/**
 * An applicant's telephone number: a mainland mobile number ({@code 1[3-9]} and nine digits, written
 * {@code 13800138000}) or a landline with its area code (written {@code 010-12345678}, with an optional
 * extension {@code -123}).
 *
 * @param value the number in its written form above
 */
public record MobilePhone(String value) {

	/** Optional country code, then 11 digits, in groups of 3-4-4 separated by a space or hyphen if at all. */
	private static final Pattern MOBILE = Pattern.compile("(?:(?:\\+|00)?86[ -]?)?(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})");

	private static final String AREA = "0(?:10|2\\d|[3-9]\\d{2})";

	/**
	 * Area codes are 010 and 020–029 (three digits) or 03xx–09xx (four), so the code is found even
	 * without a separator (in brackets or not); then a local number of 7 or 8 digits and an optional
	 * extension.
	 */
	private static final Pattern LANDLINE = Pattern.compile("(?:\\((" + AREA + ")\\)|(" + AREA + "))[ -]?(\\d{7,8})(?:[ -](\\d{1,6}))?");

	/**
	 * @throws IllegalArgumentException if the text is neither a mobile nor a landline number
	 */
	public MobilePhone {
		value = canonical(value);
		if (value == null) {
			throw new InvalidValue("phone", "identity.phone.invalid");
		}
	}

	public static MobilePhone of(String text) {
		return new MobilePhone(text);
	}

	/** Whether the text is a mobile or a landline number in one of the accepted spellings. */
	public static boolean isValid(String text) {
		return canonical(text) != null;
	}

	/** Whether this is a mobile number, so it can receive text messages. */
	public boolean isMobile() {
		return value.charAt(0) == '1';
	}

	@Override
	public String toString() {
		return value;
	}

	private static String canonical(String text) {
		if (text == null) {
			return null;
		}
		var stripped = text.strip();
		var mobile = MOBILE.matcher(stripped);
		if (mobile.matches()) {
			return mobile.group(1) + mobile.group(2) + mobile.group(3);
		}
		var landline = LANDLINE.matcher(stripped);
		if (landline.matches()) {
			var area = landline.group(1) != null ? landline.group(1) : landline.group(2);
			var extension = landline.group(4) == null ? "" : "-" + landline.group(4);
			return area + "-" + landline.group(3) + extension;
		}
		return null;
	}
}
