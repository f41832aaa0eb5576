package org.gongkai.workflow.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for single columns of personal information (SPEC §2.1: identity numbers are encrypted
 * at rest). Values are stored as {@code v1:<base64(iv ‖ ciphertext ‖ tag)>}; the version prefix leaves
 * room for key rotation. The key comes from configuration, never from the database.
 */
@Component
@EnableConfigurationProperties(FieldEncryption.Settings.class)
public class FieldEncryption {

	private static final String PREFIX = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String HMAC = "HmacSHA256";

	private static final byte[] FINGERPRINT_PURPOSE = "gongkai-fingerprint-v1".getBytes(StandardCharsets.UTF_8);

	private final SecretKeySpec key;

	private final SecretKeySpec fingerprintKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param encryptionKey base64 of 32 random bytes, e.g. {@code openssl rand -base64 32}
	 */
	@ConfigurationProperties("gongkai.workflow")
	public record Settings(String encryptionKey) {
	}

	public FieldEncryption(Settings settings) {
		if (settings.encryptionKey() == null || settings.encryptionKey().isBlank()) {
			throw new IllegalStateException(
					"gongkai.workflow.encryption-key (GONGKAI_ENCRYPTION_KEY) is not set: base64 of 32 random bytes");
		}
		byte[] bytes = Base64.getDecoder().decode(settings.encryptionKey().strip());
		if (bytes.length != 32) {
			throw new IllegalStateException("gongkai.workflow.encryption-key must be 32 bytes (base64), not " + bytes.length);
		}
		this.key = new SecretKeySpec(bytes, "AES");
		this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(bytes, HMAC), FINGERPRINT_PURPOSE), HMAC);
	}

	/**
	 * A keyed fingerprint (HMAC-SHA-256, hex) of a value stored encrypted, so that rows can be found by
	 * it without decrypting every one (a "blind index"): equal for equal values (case-insensitive), and
	 * useless without the key. Its key is derived from the encryption key for this purpose only.
	 */
	public String fingerprint(String plain) {
		if (plain == null) {
			return null;
		}
		return HexFormat.of()
			.formatHex(hmac(fingerprintKey, plain.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] hmac(SecretKeySpec key, byte[] data) {
		try {
			var mac = Mac.getInstance(HMAC);
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC failed", e);
		}
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("Unknown encryption version of a stored value");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Decryption failed: wrong key or tampered value", e);
		}
	}
}
