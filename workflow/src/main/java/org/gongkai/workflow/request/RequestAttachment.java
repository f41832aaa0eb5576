package org.gongkai.workflow.request;

import java.time.Instant;

import jakarta.persistence.Entity;

import org.gongkai.workflow.StoredFile;

/** A file the applicant attached to a request (e.g. a scanned identity document). */
@Entity
public class RequestAttachment extends StoredFile {

	private Long requestId;

	protected RequestAttachment() {
	}

	RequestAttachment(Long requestId, String fileName, String contentType, byte[] content, Instant now) {
		super(fileName, contentType, content, now);
		this.requestId = requestId;
	}

	public Long getRequestId() {
		return requestId;
	}
}
