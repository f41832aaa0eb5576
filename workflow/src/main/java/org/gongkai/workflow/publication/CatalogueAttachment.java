package org.gongkai.workflow.publication;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

import org.gongkai.workflow.StoredFile;

/**
 * A file attached to a catalogue item (PDF, DOCX, image), kept in the database so that every portal
 * node serves it; its extracted text feeds the search index. Lists read {@link AttachmentInfo} instead,
 * so the content is loaded only for a download.
 */
@Entity
public class CatalogueAttachment extends StoredFile {

	private Long itemId;

	private String extractedText;

	private String uploadedBy;

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
		super(fileName, type.contentType(), content, now);
		this.itemId = itemId;
		this.extractedText = extractedText;
		this.uploadedBy = uploadedBy;
	}

	public Long getItemId() {
		return itemId;
	}

	public String getExtractedText() {
		return extractedText;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	/**
	 * Replaces the served file by its redaction (区分处理): the redacted PDF is what downloads, the detail page
	 * and the search index use from now on; the first original is kept aside and never served.
	 * @param fileName the name of the redacted file (a {@code .pdf})
	 */
	public void redact(byte[] pdf, String fileName, String text, String marks, String actor, Instant now) {
		if (originalContent == null) {
			originalContent = getContent();
			originalContentType = getContentType();
			originalFileName = getFileName();
		}
		replaceContent(fileName, AttachmentType.PDF.contentType(), pdf);
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
		return originalContent != null ? originalContent : getContent();
	}

	public String getUploadedContentType() {
		return originalContentType != null ? originalContentType : getContentType();
	}

	public String getUploadedFileName() {
		return originalFileName != null ? originalFileName : getFileName();
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
