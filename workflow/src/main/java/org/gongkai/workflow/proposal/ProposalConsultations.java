package org.gongkai.workflow.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 主办 units' 面商 records. */
public interface ProposalConsultations extends JpaRepository<ProposalConsultation, Long> {

	List<ProposalConsultation> findByProposalIdOrderByIdAsc(Long proposalId);

	boolean existsByProposalIdAndDepartmentCode(Long proposalId, String departmentCode);
}
