package org.gongkai.workflow.caselog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The event logs of all cases. */
public interface CaseEvents extends JpaRepository<CaseEvent, Long> {

	@Query("select e from CaseEvent e where e.caseType = ?1 and e.caseId = ?2 order by e.occurredAt, e.id")
	List<CaseEvent> findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType caseType, Long caseId);
}
