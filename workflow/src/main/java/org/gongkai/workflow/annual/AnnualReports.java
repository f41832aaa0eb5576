package org.gongkai.workflow.annual;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every year's report drafts and published reports. */
public interface AnnualReports extends JpaRepository<AnnualReport, Long> {

	/**
	 * The agency code of the government's report (the government and its departments, 本级; each
	 * district reports for itself and its departments).
	 */
	String GOVERNMENT = org.gongkai.workflow.organisation.Department.GOVERNMENT;

	Optional<AnnualReport> findByYearAndAgency(int year, String agency);

	List<AnnualReport> findByYear(int year);

	/** The reports in a state, newest year first, then by agency. */
	List<AnnualReport> findByStatusOrderByYearDescAgencyAsc(AnnualReportStatus status);

	/** The report a catalogue item carries, if it carries one. */
	Optional<AnnualReport> findByCatalogueItemId(Long catalogueItemId);
}
