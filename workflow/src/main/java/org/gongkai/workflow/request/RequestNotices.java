package org.gongkai.workflow.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The numbered notices of requests. */
public interface RequestNotices extends JpaRepository<RequestNotice, Long> {

	List<RequestNotice> findByRequestIdOrderByIdAsc(Long requestId);

	Optional<RequestNotice> findByIdAndRequestId(Long id, Long requestId);
}
