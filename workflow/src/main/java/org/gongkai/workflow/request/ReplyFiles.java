package org.gongkai.workflow.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The information replies provide ({@link ReplyFile}). */
public interface ReplyFiles extends JpaRepository<ReplyFile, Long> {

	List<ReplyFile> findByRequestIdOrderByIdAsc(Long requestId);

	long countByRequestId(Long requestId);
}
