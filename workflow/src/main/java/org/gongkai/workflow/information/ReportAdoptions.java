package org.gongkai.workflow.information;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Which items were carried in which issues. */
public interface ReportAdoptions extends JpaRepository<ReportAdoption, Long> {

	List<ReportAdoption> findByReportIdOrderByIdAsc(Long reportId);

	boolean existsByReportIdAndIssueId(Long reportId, Long issueId);
}
