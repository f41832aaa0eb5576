package org.gongkai.workflow.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Leader instructions on items. */
public interface ReportInstructions extends JpaRepository<ReportInstruction, Long> {

	List<ReportInstruction> findByReportIdOrderByIdAsc(Long reportId);
}
