package org.gongkai.workflow.consultation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.gongkai.workflow.StoredFile;

/** The draft or its 起草说明, stored in the database like a request's attachments. */
@Entity
@Table(name = "consultation_attachment")
public class ConsultationAttachment extends StoredFile {

	private Long consultationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "attachment_role")
	private AttachmentRole role;

	protected ConsultationAttachment() {
	}

	ConsultationAttachment(Long consultationId, AttachmentRole role, String fileName, String contentType, byte[] content,
			Instant now) {
		super(fileName, contentType, content, now);
		this.consultationId = consultationId;
		this.role = role;
	}

	public Long getConsultationId() {
		return consultationId;
	}

	public AttachmentRole getRole() {
		return role;
	}
}
