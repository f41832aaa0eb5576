package org.gongkai.workflow.caselog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The event logs of all cases. */
public interface CaseEvents extends JpaRepository<CaseEvent, Long> {

	List<CaseEvent> findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType caseType, Long caseId);
}
