package org.gongkai.workflow.request;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Remedies recorded against requests. */
public interface RequestRemedies extends JpaRepository<RequestRemedy, Long> {

	@Query("select m from RequestRemedy m where m.requestId = ?1 order by m.filedOn, m.id")
	List<RequestRemedy> findByRequestIdOrderByFiledOnAscIdAsc(Long requestId);
}
