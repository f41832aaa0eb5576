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

	/** The uploaded file once it has been replaced by its redacted PDF; never served. */
	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "longblob")
	private byte[] originalContent;

	private String originalContentType;

	private String originalFileName;

	/** The marks of the redaction as JSON (read by the marking page). */
	private String redactionMarks;

	private String redactedBy;

	private Instant redactedAt;

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

	/**
	 * Replaces the served file by its redaction (区分处理): the redacted PDF is what downloads, the detail page
	 * and the search index use from now on; the first original is kept aside and never served.
	 * @param fileName the name of the redacted file (a {@code .pdf})
	 */
	public void redact(byte[] pdf, String fileName, String text, String marks, String actor, Instant now) {
		if (originalContent == null) {
			originalContent = content;
			originalContentType = contentType;
			originalFileName = this.fileName;
		}
		this.content = pdf;
		this.contentType = AttachmentType.PDF.contentType();
		this.sizeBytes = pdf.length;
		this.fileName = fileName;
		this.extractedText = text;
		this.redactionMarks = marks;
		this.redactedBy = actor;
		this.redactedAt = now;
	}

	public boolean isRedacted() {
		return redactedAt != null;
	}

	/** The file as uploaded: the original if it was redacted, else the content. */
	public byte[] getUploadedContent() {
		return originalContent != null ? originalContent : content;
	}

	public String getUploadedContentType() {
		return originalContentType != null ? originalContentType : contentType;
	}

	public String getUploadedFileName() {
		return originalFileName != null ? originalFileName : fileName;
	}

	public String getRedactionMarks() {
		return redactionMarks;
	}

	public String getRedactedBy() {
		return redactedBy;
	}

	public Instant getRedactedAt() {
		return redactedAt;
	}
}
