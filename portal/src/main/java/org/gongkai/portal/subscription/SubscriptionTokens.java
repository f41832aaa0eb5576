package org.gongkai.portal.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The confirmation and unsubscribe tokens: 256 random bits from {@link SecureRandom}, URL-safe base64
 * without padding (43 characters), so a link cannot be guessed. The database keeps only their SHA-256,
 * so reading it does not yield working links; a token of any other shape is refused before any lookup.
 */
final class SubscriptionTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private SubscriptionTokens() {
	}

	static String newToken() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text has the shape of a token (it may still be unknown). */
	static boolean wellFormed(String token) {
		return token != null && SHAPE.matcher(token).matches();
	}

	/** The SHA-256 of the token, hex: what the database stores and is searched by. */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing", e);
		}
	}
}
