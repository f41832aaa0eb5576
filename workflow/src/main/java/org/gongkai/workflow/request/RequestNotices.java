package org.gongkai.workflow.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The numbered notices of requests. */
public interface RequestNotices extends JpaRepository<RequestNotice, Long> {

	@Query("select n from RequestNotice n where n.requestId = ?1 order by n.id")
	List<RequestNotice> findByRequestIdOrderByIdAsc(Long requestId);

	@Query("select n from RequestNotice n where n.id = ?1 and n.requestId = ?2")
	Optional<RequestNotice> findByIdAndRequestId(Long id, Long requestId);
}
