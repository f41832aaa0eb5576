package org.gongkai.workflow.consultation;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The draft or its 起草说明, stored in the database like a request's attachments. */
@Entity
@Table(name = "consultation_attachment")
public class ConsultationAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long consultationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "attachment_role")
	private AttachmentRole role;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "longblob")
	private byte[] content;

	private Instant uploadedAt;

	protected ConsultationAttachment() {
	}

	ConsultationAttachment(Long consultationId, AttachmentRole role, String fileName, String contentType, byte[] content,
			Instant now) {
		this.consultationId = consultationId;
		this.role = role;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
		this.uploadedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getConsultationId() {
		return consultationId;
	}

	public AttachmentRole getRole() {
		return role;
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
