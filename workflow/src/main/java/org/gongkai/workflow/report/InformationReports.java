package org.gongkai.workflow.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** All 政务信息 items. */
public interface InformationReports extends JpaRepository<InformationReport, Long> {

	@EntityGraph(attributePaths = "units")
	List<InformationReport> findByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = "units")
	List<InformationReport> findTop200ByOrderByIdDesc();
}
