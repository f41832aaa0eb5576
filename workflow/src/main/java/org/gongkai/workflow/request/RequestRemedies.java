package org.gongkai.workflow.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Remedies recorded against requests. */
public interface RequestRemedies extends JpaRepository<RequestRemedy, Long> {

	List<RequestRemedy> findByRequestIdOrderByFiledOnAscIdAsc(Long requestId);
}
