package org.gongkai.workflow.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All comments on consultations. */
public interface ConsultationComments extends JpaRepository<ConsultationComment, Long> {

	List<ConsultationComment> findByConsultationIdOrderByIdAsc(Long consultationId);

	List<ConsultationComment> findByConsultationIdAndStatusOrderByIdAsc(Long consultationId, CommentStatus status);

	List<ConsultationComment> findByAuthorIdOrderByIdDesc(String authorId);

	long countByConsultationIdAndStatus(Long consultationId, CommentStatus status);
}
