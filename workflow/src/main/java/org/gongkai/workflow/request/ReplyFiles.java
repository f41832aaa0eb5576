package org.gongkai.workflow.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The information replies provide ({@link ReplyFile}). */
public interface ReplyFiles extends JpaRepository<ReplyFile, Long> {

	@Query("select f from ReplyFile f where f.requestId = ?1 order by f.id")
	List<ReplyFile> findByRequestIdOrderByIdAsc(Long requestId);

	@Query("select count(f) from ReplyFile f where f.requestId = ?1")
	long countByRequestId(Long requestId);
}
