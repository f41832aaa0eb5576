package org.gongkai.workflow.request;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** A file the applicant attached to a request (e.g. a scanned identity document). */
@Entity
public class RequestAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long requestId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "longblob")
	private byte[] content;

	private Instant uploadedAt;

	protected RequestAttachment() {
	}

	RequestAttachment(Long requestId, String fileName, String contentType, byte[] content, Instant now) {
		this.requestId = requestId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.uploadedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
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
