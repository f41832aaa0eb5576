package org.gongkai.workflow.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 协办 units' opinions. */
public interface ProposalOpinions extends JpaRepository<ProposalOpinion, Long> {

	List<ProposalOpinion> findByProposalIdOrderByIdAsc(Long proposalId);
}
