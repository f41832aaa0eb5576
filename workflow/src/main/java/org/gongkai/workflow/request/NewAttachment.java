package org.gongkai.workflow.request;

import java.util.Set;

/**
 * A file to attach at filing, checked against the accepted types and sizes.
 *
 * @param fileName the name the applicant gave it
 * @param contentType as declared; checked again against the file's first bytes
 */
public record NewAttachment(String fileName, String contentType, byte[] content) {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_FILES = 5;

	public static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	/** Null when acceptable, else the message key of the problem. */
	public String problem() {
		if (content == null || content.length == 0) {
			return "request.attachment.empty";
		}
		if (content.length > MAX_BYTES) {
			return "request.attachment.tooLarge";
		}
		if (!TYPES.contains(contentType) || !magicMatches()) {
			return "request.attachment.type";
		}
		return null;
	}

	private boolean magicMatches() {
		return switch (contentType) {
			case "application/pdf" -> startsWith(0x25, 0x50, 0x44, 0x46);
			case "image/png" -> startsWith(0x89, 0x50, 0x4E, 0x47);
			case "image/jpeg" -> startsWith(0xFF, 0xD8, 0xFF);
			default -> false;
		};
	}

	private boolean startsWith(int... bytes) {
		if (content.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((content[i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}
}
