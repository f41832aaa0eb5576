package org.gongkai.workflow.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** All disclosure requests. */
public interface DisclosureRequests extends JpaRepository<DisclosureRequest, Long> {

	/** The applicant's requests, newest first, one page with the total count. */
	org.springframework.data.domain.Page<DisclosureRequest> findPageByApplicantUserOrderBySubmittedAtDesc(
			String applicantUser, Pageable page);

	Optional<DisclosureRequest> findByReceiptNo(String receiptNo);

	/** Which of these receipt numbers exist already (one query for an import file). */
	@org.springframework.data.jpa.repository.Query("select r.receiptNo from DisclosureRequest r where r.receiptNo in :numbers")
	List<String> existingReceiptNos(@org.springframework.data.repository.query.Param("numbers") java.util.Collection<String> numbers);

	/** Those whose due date rests on a year whose holidays are not yet published. */
	@org.springframework.data.jpa.repository.Query("select r from DisclosureRequest r where r.replyPeriod.dueProvisional = true")
	List<DisclosureRequest> findByReplyDueProvisionalTrue();

	List<DisclosureRequest> findByStatusIn(java.util.Collection<RequestStatus> statuses);

	long countByApplicantUserAndReceivedOnBetween(String applicantUser, java.time.LocalDate from, java.time.LocalDate to);
}
