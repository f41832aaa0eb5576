package org.gongkai.workflow.information;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Issues of the office's periodicals. */
public interface PeriodicalIssues extends JpaRepository<PeriodicalIssue, Long> {

	List<PeriodicalIssue> findByIssueYearOrderByPublicationAscIssueNoAsc(int year);
}
