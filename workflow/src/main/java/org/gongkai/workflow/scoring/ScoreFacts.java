package org.gongkai.workflow.scoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The facts that score, append-only. */
public interface ScoreFacts extends JpaRepository<ScoreFact, Long> {

	List<ScoreFact> findByOccurredOnBetweenOrderByOccurredOnAscIdAsc(LocalDate from, LocalDate to);

	List<ScoreFact> findByReportIdOrderByIdAsc(Long reportId);

	List<ScoreFact> findByEmergencyEventIdOrderByIdAsc(Long emergencyEventId);
}
