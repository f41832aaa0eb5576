package org.gongkai.workflow.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The report chains of emergency events. */
public interface EmergencyReports extends JpaRepository<EmergencyReport, Long> {

	List<EmergencyReport> findByEventIdOrderBySeqAsc(Long eventId);
}
