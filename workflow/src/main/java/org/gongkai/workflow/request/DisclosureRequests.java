package org.gongkai.workflow.request;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All disclosure requests. */
public interface DisclosureRequests extends JpaRepository<DisclosureRequest, Long> {

	/** The applicant's requests, newest first, one page with the total count. */
	@Query(value = "select r from DisclosureRequest r where r.applicantUser = ?1 order by r.submittedAt desc",
			countQuery = "select count(r) from DisclosureRequest r where r.applicantUser = ?1")
	org.springframework.data.domain.Page<DisclosureRequest> findPageByApplicantUserOrderBySubmittedAtDesc(
			String applicantUser, Pageable page);

	@Query("select r from DisclosureRequest r where r.receiptNo = ?1")
	Optional<DisclosureRequest> findByReceiptNo(String receiptNo);

	/** Which of these receipt numbers exist already (one query for an import file). */
	@Query("select r.receiptNo from DisclosureRequest r where r.receiptNo in :numbers")
	List<String> existingReceiptNos(@org.springframework.data.repository.query.Param("numbers") java.util.Collection<String> numbers);

	/** Those whose due date rests on a year whose holidays are not yet published. */
	@Query("select r from DisclosureRequest r where r.replyPeriod.dueProvisional = true")
	List<DisclosureRequest> findByReplyDueProvisionalTrue();

	@Query("select r from DisclosureRequest r where r.status in ?1")
	List<DisclosureRequest> findByStatusIn(java.util.Collection<RequestStatus> statuses);

	@Query("select count(r) from DisclosureRequest r where r.applicantUser = ?1 and r.receivedOn between ?2 and ?3")
	long countByApplicantUserAndReceivedOnBetween(String applicantUser, java.time.LocalDate from, java.time.LocalDate to);
}
