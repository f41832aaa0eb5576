package org.gongkai.workflow.proposal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registered suggestions and proposals. */
public interface DeputyProposals extends JpaRepository<DeputyProposal, Long> {

	List<DeputyProposal> findTop200ByOrderByIdDesc();

	List<DeputyProposal> findByPublishedTrueOrderByRepliedOnDescIdDesc();

	List<DeputyProposal> findByAssignedOnBetweenOrderByIdAsc(LocalDate from, LocalDate to);

	boolean existsByKindAndSessionNameAndNumber(ProposalKind kind, String sessionName, String number);
}
