package org.gongkai.portal.siteerror;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The reports of errors on this site. */
public interface SiteErrorReports extends JpaRepository<SiteErrorReport, Long> {

	List<SiteErrorReport> findByHandledAtIsNullOrderByCreatedAtAsc();

	List<SiteErrorReport> findTop50ByHandledAtIsNotNullOrderByHandledAtDesc();

	long countByHandledAtIsNull();
}
