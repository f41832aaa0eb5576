package org.gongkai.workflow.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Attachments of disclosure requests. */
public interface RequestAttachments extends JpaRepository<RequestAttachment, Long> {

	/** Metadata for lists; the content is loaded lazily only when downloaded. */
	@Query("select a from RequestAttachment a where a.requestId = ?1 order by a.id")
	List<RequestAttachment> findByRequestIdOrderByIdAsc(Long requestId);
}
