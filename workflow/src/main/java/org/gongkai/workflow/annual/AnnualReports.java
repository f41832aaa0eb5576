package org.gongkai.workflow.annual;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every year's report drafts and published reports. */
public interface AnnualReports extends JpaRepository<AnnualReport, Long> {

	/** The agency code of the whole government's report (all departments together). */
	String GOVERNMENT = "government";

	Optional<AnnualReport> findByYearAndAgency(int year, String agency);

	List<AnnualReport> findByYear(int year);

	/** The report a catalogue item carries, if it carries one. */
	Optional<AnnualReport> findByCatalogueItemId(Long catalogueItemId);
}
