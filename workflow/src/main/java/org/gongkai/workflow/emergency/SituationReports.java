package org.gongkai.workflow.emergency;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The report chains of emergency events. */
public interface SituationReports extends JpaRepository<SituationReport, Long> {

	List<SituationReport> findByEventIdOrderBySeqAsc(Long eventId);
}
