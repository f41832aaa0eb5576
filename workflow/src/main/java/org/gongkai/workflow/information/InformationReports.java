package org.gongkai.workflow.information;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All 政务信息 items. */
public interface InformationReports extends JpaRepository<InformationReport, Long> {

	@EntityGraph(attributePaths = "units")
	List<InformationReport> findByIdIn(Collection<Long> ids);

	@EntityGraph(attributePaths = "units")
	List<InformationReport> findTop200ByOrderByIdDesc();

	/** Per unit: how many of its own items (not joint ones) reached the office in [from, to). */
	@Query("select r.unitCode, count(r) from InformationReport r where r.joint = false and r.submittedAt >= :from and r.submittedAt < :to group by r.unitCode")
	List<Object[]> countSubmitted(Instant from, Instant to);
}
