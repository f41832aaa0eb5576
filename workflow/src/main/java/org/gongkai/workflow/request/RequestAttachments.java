package org.gongkai.workflow.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Attachments of disclosure requests. */
public interface RequestAttachments extends JpaRepository<RequestAttachment, Long> {

	/** Metadata for lists; the content is loaded lazily only when downloaded. */
	List<RequestAttachment> findByRequestIdOrderByIdAsc(Long requestId);
}
