package org.gongkai.workflow.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The agencies of the platform: the one place that answers which agencies exist, which are below or
 * above one another ({@link #tree()}), and which a sub-site, statistic or annual report covers.
 */
public interface Departments extends JpaRepository<Department, String> {

	/**
	 * The departments and districts, without the government at the root (which handles nothing itself):
	 * what the lists of units, publishers and handlers offer.
	 */
	@Override
	@Query("select d from Department d where d.kind <> org.gongkai.workflow.organisation.AgencyKind.GOVERNMENT")
	List<Department> findAll();

	/** Every agency, the government included. */
	@Query("select d from Department d")
	List<Department> findAllAgencies();

	/** Every agency as a tree. */
	default AgencyTree tree() {
		return AgencyTree.of(findAllAgencies());
	}
}
