package org.gongkai.workflow.proposal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The units of the cases. */
public interface ProposalUnits extends JpaRepository<ProposalUnit, Long> {

	List<ProposalUnit> findByProposalIdOrderByIdAsc(Long proposalId);

	List<ProposalUnit> findByProposalIdIn(Collection<Long> proposalIds);
}
