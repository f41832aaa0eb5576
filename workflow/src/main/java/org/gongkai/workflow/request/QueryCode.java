package org.gongkai.workflow.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The 查询码 of a request: with the receipt number it lets anyone who holds the receipt follow the request
 * without signing in. Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn with
 * {@link SecureRandom}: 31<sup>8</sup> ≈ 8.5 × 10<sup>11</sup> values, and the lookup is rate-limited.
 */
public final class QueryCode {

	/** Digits and capitals that cannot be mistaken for one another when read aloud or typed from paper. */
	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	public static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private QueryCode() {
	}

	static String generate() {
		var code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * Whether what the caller typed is the code, in time independent of where they differ. Case, spaces, dashes
	 * and full width do not matter, so "abcd-efgh" matches ABCDEFGH.
	 */
	static boolean matches(String stored, String typed) {
		if (stored == null || typed == null) {
			return false;
		}
		return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				normalise(typed).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The code as typed, in capitals, without spaces or dashes; full-width letters and digits, which a Chinese input
	 * method may give, as the ordinary ones (NFKC).
	 */
	public static String normalise(String typed) {
		return typed == null ? ""
				: Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐‑–—]", "").toUpperCase(Locale.ROOT);
	}
}
