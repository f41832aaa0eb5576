package org.gongkai.workflow.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The groups of the consultations' feedback. */
public interface CommentGroups extends JpaRepository<CommentGroup, Long> {

	List<CommentGroup> findByConsultationIdOrderBySeqNoAsc(Long consultationId);

	void deleteByConsultationId(Long consultationId);
}
