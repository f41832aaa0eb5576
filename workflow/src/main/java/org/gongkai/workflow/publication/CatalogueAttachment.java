package org.gongkai.workflow.publication;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/**
 * A file attached to a catalogue item (PDF, DOCX, image), kept in the database so that every portal
 * node serves it; its extracted text feeds the search index. Lists read {@link AttachmentInfo} instead,
 * so the content is loaded only for a download.
 */
@Entity
public class CatalogueAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "longblob")
	private byte[] content;

	private String extractedText;

	private String uploadedBy;

	private Instant uploadedAt;

	protected CatalogueAttachment() {
	}

	CatalogueAttachment(Long itemId, String fileName, AttachmentType type, byte[] content, String extractedText,
			String uploadedBy, Instant now) {
		this.itemId = itemId;
		this.fileName = fileName;
		this.contentType = type.contentType();
		this.sizeBytes = content.length;
		this.content = content;
		this.extractedText = extractedText;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getItemId() {
		return itemId;
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

	public String getExtractedText() {
		return extractedText;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
