package org.gongkai.workflow.publication;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a catalogue item may carry, recognised by their first bytes rather than by the
 * name or the type the browser claims, so that a renamed executable is refused.
 */
public enum AttachmentType {
	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg"),
	GIF("image/gif", "gif");

	private final String contentType;

	private final String extension;

	AttachmentType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	/** Whether text can be extracted from this kind of file for the search index. */
	public boolean hasText() {
		return this == PDF || this == DOCX;
	}

	/** The type of the content, if it is one we accept; a DOCX is a zip whose name ends in .docx. */
	public static Optional<AttachmentType> sniff(String fileName, byte[] content) {
		if (content == null || content.length < 4) {
			return Optional.empty();
		}
		if (startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G' })) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(GIF);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 }) && fileName != null
				&& fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}
}
