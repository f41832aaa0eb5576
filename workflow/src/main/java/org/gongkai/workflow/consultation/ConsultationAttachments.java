package org.gongkai.workflow.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The draft documents of consultations. */
public interface ConsultationAttachments extends JpaRepository<ConsultationAttachment, Long> {

	List<ConsultationAttachment> findByConsultationIdOrderByIdAsc(Long consultationId);
}
