package org.gongkai.workflow.letter;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gongkai.workflow.StoredFile;

/** A file the writer attached to a letter; shown to staff, never published. */
@Entity
@Table(name = "public_letter_attachment")
public class PublicLetterAttachment extends StoredFile {

	private Long letterId;

	protected PublicLetterAttachment() {
	}

	public PublicLetterAttachment(Long letterId, String fileName, String contentType, byte[] content, Instant uploadedAt) {
		super(fileName, contentType, content, uploadedAt);
		this.letterId = letterId;
	}

	public Long getLetterId() {
		return letterId;
	}
}
