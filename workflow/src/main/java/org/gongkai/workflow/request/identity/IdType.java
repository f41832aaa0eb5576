package org.gongkai.workflow.request.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of identity document an applicant names (证件类型): five for a person, the 统一社会信用代码 for an
 * organisation (法人或其他组织). Each checks the form of its number, with the check digit where it has one.
 */
public enum IdType {

	/** 居民身份证, GB 11643-1999, see {@link ResidentIdNumber}. */
	RESIDENT_ID("居民身份证", false),
	/** 护照: letters and digits, 5 to 17 characters, at least one digit. */
	PASSPORT("护照", false),
	/** 港澳居民来往内地通行证: {@code H} (Hong Kong) or {@code M} (Macao) and 8 or 10 digits. */
	HK_MACAO_PERMIT("港澳居民来往内地通行证", false),
	/** 台湾居民来往大陆通行证: 8 digits, or 10 with the old two-digit issue suffix. */
	TAIWAN_PERMIT("台湾居民来往大陆通行证", false),
	/**
	 * 外国人永久居留身份证: the 2017 card's 15 characters (3 letters of the country and 12 digits), or since
	 * December 2023 18 characters beginning with {@code 9} and ending with the GB 11643 MOD 11-2 check character.
	 */
	FOREIGN_PERMANENT_RESIDENT("外国人永久居留身份证", false),
	/** 统一社会信用代码, GB 32100-2015, see {@link UnifiedSocialCreditCode}. */
	CREDIT_CODE("统一社会信用代码", true);

	private static final Pattern PASSPORT_NUMBER = Pattern.compile("(?=.*\\d)[A-Z0-9]{5,17}");

	private static final Pattern HK_MACAO_NUMBER = Pattern.compile("[HM]\\d{8}(\\d{2})?");

	private static final Pattern TAIWAN_NUMBER = Pattern.compile("\\d{8}(\\d{2})?");

	private static final Pattern FOREIGN_2017 = Pattern.compile("[A-Z]{3}\\d{12}");

	private static final Pattern FOREIGN_2023 = Pattern.compile("9\\d{16}[\\dX]");

	private static final int[] MOD_11_2_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private final String label;

	private final boolean organisation;

	IdType(String label, boolean organisation) {
		this.label = label;
		this.organisation = organisation;
	}

	public String label() {
		return label;
	}

	/** Whether an organisation names this document; a person names any of the others. */
	public boolean forOrganisation() {
		return organisation;
	}

	/** The document an applicant names when none is given: 居民身份证 for a person, the credit code for an organisation. */
	public static IdType defaultFor(boolean organisation) {
		return organisation ? CREDIT_CODE : RESIDENT_ID;
	}

	/** The number as stored: without surrounding spaces, upper case. */
	public static String normalise(String number) {
		return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
	}

	/** Whether the number has this document's form (and check character); surrounding spaces and lower case accepted. */
	public boolean valid(String number) {
		var n = normalise(number);
		if (n == null || n.isEmpty()) {
			return false;
		}
		return switch (this) {
			case RESIDENT_ID -> ResidentIdNumber.isValid(n);
			case PASSPORT -> PASSPORT_NUMBER.matcher(n).matches();
			case HK_MACAO_PERMIT -> HK_MACAO_NUMBER.matcher(n).matches();
			case TAIWAN_PERMIT -> TAIWAN_NUMBER.matcher(n).matches();
			case FOREIGN_PERMANENT_RESIDENT -> FOREIGN_2017.matcher(n).matches()
					|| FOREIGN_2023.matcher(n).matches() && mod11CheckMatches(n);
			case CREDIT_CODE -> UnifiedSocialCreditCode.isValid(n);
		};
	}

	/** ISO 7064 MOD 11-2 over the first 17 digits, as GB 11643 computes it. */
	private static boolean mod11CheckMatches(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * MOD_11_2_WEIGHTS[i];
		}
		return number.charAt(17) == "10X98765432".charAt(sum % 11);
	}
}
