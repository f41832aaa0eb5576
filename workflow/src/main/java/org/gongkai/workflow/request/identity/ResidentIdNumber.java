package org.gongkai.workflow.request.identity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.gongkai.workflow.InvalidValue;

/**
 * An 18-digit resident identity number (居民身份证号码, GB 11643-1999): six digits of region, the birth
 * date as {@code yyyyMMdd}, a three-digit sequence and an ISO 7064 MOD 11-2 check character
 * ({@code X} for 10). It is personal information, so {@link #toString()} shows it masked.
 *
 * @param value the number, upper case, without spaces
 */
public record ResidentIdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** The check character for each remainder of the weighted sum modulo 11. */
	private static final String CHECK = "10X98765432";

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	/**
	 * @throws IllegalArgumentException if the number is not valid; the message does not repeat it
	 */
	public ResidentIdNumber {
		value = normalise(value);
		if (!isValid(value)) {
			throw new InvalidValue("idNumber", "identity.residentId.invalid");
		}
	}

	/** Accepts surrounding spaces and a lower-case {@code x}. */
	public static ResidentIdNumber of(String text) {
		return new ResidentIdNumber(text);
	}

	/**
	 * Whether the text is 17 digits and a check character that matches them, with a real birth date that
	 * is not in the future; surrounding spaces and a lower-case {@code x} are accepted.
	 */
	public static boolean isValid(String text) {
		var number = normalise(text);
		if (number == null || number.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		return number.charAt(17) == CHECK.charAt(sum % 11) && birthDateOf(number) != null;
	}

	/** The holder's date of birth. */
	public LocalDate birthDate() {
		return birthDateOf(value);
	}

	/** The first four and last four characters, the ten between as {@code *}: {@code 1101**********1234}. */
	public String mask() {
		return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
	}

	@Override
	public String toString() {
		return mask();
	}

	private static LocalDate birthDateOf(String number) {
		try {
			var date = LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
			return date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai"))) ? null : date;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String normalise(String text) {
		return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
	}
}
