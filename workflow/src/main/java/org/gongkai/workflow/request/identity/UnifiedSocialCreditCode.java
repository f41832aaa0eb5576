package org.gongkai.workflow.request.identity;

import java.util.Locale;

import org.gongkai.workflow.InvalidValue;

/**
 * An organisation's 18-character unified social credit code (统一社会信用代码, GB 32100-2015): registering
 * authority, organisation type, region, the organisation code and a check character, all from the 31
 * characters {@code 0-9 A-H J-N P-R T U W-Y}.
 *
 * @param value the code, upper case, without spaces
 */
public record UnifiedSocialCreditCode(String value) {

	/** The alphabet of GB 32100-2015; a character's index is its numeric value. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/**
	 * @throws IllegalArgumentException if the code is not valid
	 */
	public UnifiedSocialCreditCode {
		value = normalise(value);
		if (!isValid(value)) {
			throw new InvalidValue("idNumber", "identity.creditCode.invalid", value);
		}
	}

	/** Accepts surrounding spaces and lower case. */
	public static UnifiedSocialCreditCode of(String text) {
		return new UnifiedSocialCreditCode(text);
	}

	/**
	 * Whether the text is 18 characters of the alphabet whose last one is the check character of the
	 * first 17: {@code 31 - (Σ value × weight mod 31)}, with 31 written as {@code 0}.
	 */
	public static boolean isValid(String text) {
		var code = normalise(text);
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int v = ALPHABET.indexOf(code.charAt(i));
			if (v < 0) {
				return false;
			}
			sum += v * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return code.charAt(17) == ALPHABET.charAt(check);
	}

	@Override
	public String toString() {
		return value;
	}

	private static String normalise(String text) {
		return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
	}
}
