package org.gongkai.workflow.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All disclosure requests. */
public interface DisclosureRequests extends JpaRepository<DisclosureRequest, Long> {

	List<DisclosureRequest> findByApplicantUserOrderBySubmittedAtDesc(String applicantUser, Pageable page);

	Optional<DisclosureRequest> findByReceiptNo(String receiptNo);

	List<DisclosureRequest> findByReplyDueProvisionalTrue();

	List<DisclosureRequest> findByStatusIn(java.util.Collection<RequestStatus> statuses);

	long countByApplicantUserAndReceivedOnBetween(String applicantUser, java.time.LocalDate from, java.time.LocalDate to);
}
