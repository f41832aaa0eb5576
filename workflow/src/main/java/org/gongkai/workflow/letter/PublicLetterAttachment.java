package org.gongkai.workflow.letter;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file the writer attached to a letter; shown to staff, never published. */
@Entity
@Table(name = "public_letter_attachment")
public class PublicLetterAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long letterId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "longblob")
	private byte[] content;

	private Instant uploadedAt;

	protected PublicLetterAttachment() {
	}

	public PublicLetterAttachment(Long letterId, String fileName, String contentType, byte[] content, Instant uploadedAt) {
		this.letterId = letterId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getLetterId() {
		return letterId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public byte[] getContent() {
		return content;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
