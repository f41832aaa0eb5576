package org.gongkai.workflow.emergency;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All emergency events. */
public interface EmergencyEvents extends JpaRepository<EmergencyEvent, Long> {

	List<EmergencyEvent> findTop200ByOrderByIdDesc();

	List<EmergencyEvent> findTop200ByUnitCodeOrderByIdDesc(String unitCode);
}
