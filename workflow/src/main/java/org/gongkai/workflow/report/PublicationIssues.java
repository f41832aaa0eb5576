package org.gongkai.workflow.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Issues of the office's publications. */
public interface PublicationIssues extends JpaRepository<PublicationIssue, Long> {

	List<PublicationIssue> findByIssueYearOrderByPublicationAscIssueNoAsc(int year);
}
