package org.gongkai.workflow.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All consultations. */
public interface Consultations extends JpaRepository<Consultation, Long> {

	List<Consultation> findTop500ByOrderByIdDesc();

	List<Consultation> findByStatusInOrderByClosesOnDescIdDesc(List<ConsultationStatus> statuses);

	boolean existsByFinalItemId(Long itemId);

	java.util.Optional<Consultation> findFirstByFinalItemId(Long itemId);
}
