package org.gongkai.workflow;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;

/**
 * A file kept in the database with the case it belongs to: its name, type, size, bytes and when it came.
 * Each kind of case has its own table with these columns (request, catalogue item, consultation, letter),
 * so that a case's files are deleted, backed up and restored with it; the subclass adds the case's id.
 */
@MappedSuperclass
public abstract class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	/** Read only when a file is served or converted: lists load names and sizes. */
	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "longblob")
	private byte[] content;

	private Instant uploadedAt;

	protected StoredFile() {
	}

	protected StoredFile(String fileName, String contentType, byte[] content, Instant uploadedAt) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.uploadedAt = uploadedAt;
	}

	/** The file is replaced by another (a redacted PDF): name, type, size and bytes change, the upload time stays. */
	protected void replaceContent(String fileName, String contentType, byte[] content) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
	}

	public Long getId() {
		return id;
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
