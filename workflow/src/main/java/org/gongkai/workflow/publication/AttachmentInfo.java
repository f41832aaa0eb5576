package org.gongkai.workflow.publication;

import java.time.Instant;

/** An attachment as lists show it, without its content. */
public record AttachmentInfo(Long id, Long itemId, String fileName, String contentType, long sizeBytes,
		Instant uploadedAt) {
}
