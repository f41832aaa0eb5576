package org.gongkai.workflow.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.crypto.EncryptedString;

/**
 * A request for government information (依申请公开). Guards its own transitions; keeps status (where it
 * is), outcome (reply type and reasons) and visibility (who may see it) apart. Dates are working-day
 * deadlines computed by the caller from the calendar, never here.
 *
 * <p>The request checks its status and delegates the rest to its parts, embedded value objects that guard
 * their own rules: {@link ReplyPeriod} (the reply clock's state), {@link Supplement}, {@link Correction},
 * {@link Fee}, {@link ReasonsInquiry}, {@link ThirdPartyObjection} and {@link DeliveryRecord}. The getters
 * of their fields ({@link #getReplyDueOn()}, {@link #getFeeAmount()}, …) read through to them.
 */
@Entity
@EntityListeners(RegisterWordsWriter.class)
public class DisclosureRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String receiptNo;

	@Convert(converter = EncryptedString.class)
	private String queryCode;

	@Enumerated(EnumType.STRING)
	private RequestKind kind;

	@Enumerated(EnumType.STRING)
	private ApplicationChannel channel;

	private String registeredBy;

	@Embedded
	private Correction correction = new Correction();

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	@Enumerated(EnumType.STRING)
	private ReplyType replyType;

	private String replyReasons;

	private String replyNote;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private String applicantUser;

	@Embedded
	private Applicant applicant;

	private String title;

	private String docNumber;

	private String description;

	@Enumerated(EnumType.STRING)
	private DeliveryForm deliveryForm;

	@Enumerated(EnumType.STRING)
	private DeliveryMethod deliveryMethod;

	private String departmentCode;

	/** The agency the applicant applied to (受理机关), a department code; null where none was chosen. */
	private String agencyCode;

	private String processInstanceId;

	private Instant submittedAt;

	private LocalDate receivedOn;

	@Embedded
	private ReplyPeriod replyPeriod = new ReplyPeriod();

	@Embedded
	private Supplement supplement = new Supplement();

	@Embedded
	private ReasonsInquiry reasonsInquiry = new ReasonsInquiry();

	@Embedded
	private Fee fee = new Fee();

	private String replyLetterNo;

	private Instant repliedAt;

	private Instant closedAt;

	@Embedded
	private DeliveryRecord delivery = new DeliveryRecord();

	private Instant archivedAt;

	@Embedded
	private ThirdPartyObjection objection = new ThirdPartyObjection();

	private Long publicItemId;

	private Instant updatedAt;

	private Instant importedAt;

	protected DisclosureRequest() {
	}

	/**
	 * A case finished in the agency's previous system, carried over so that statistics and the annual
	 * report of its year are complete: received, answered (or closed) and archived on the dates given,
	 * under its old number, without a process of its own. The caller has checked the record.
	 *
	 * @param submittedAt the start of the day it was received, in the agency's zone
	 * @param finishedAt when it was replied to, or closed ({@code ABANDONED_*}) or withdrawn ({@code OTHER})
	 */
	static DisclosureRequest imported(HistoricalRequest record, Applicant applicant, Instant submittedAt,
			Instant finishedAt, Instant now) {
		var kind = record.kind() == null ? RequestKind.DISCLOSURE : record.kind();
		var request = new DisclosureRequest(kind, applicant, null, record.title().strip(), null,
				record.description() == null || record.description().isBlank() ? record.title().strip()
						: record.description().strip(),
				null, DeliveryForm.ELECTRONIC, DeliveryMethod.ONLINE, submittedAt);
		request.receiptNo = record.legacyNo().strip();
		request.departmentCode = record.departmentCode();
		request.receivedOn = record.receivedOn();
		request.replyPeriod = new ReplyPeriod().dueOn(record.dueOn(), false);
		var type = record.replyType();
		request.replyType = type;
		request.replyReasons = record.replyReasons() == null || record.replyReasons().isEmpty() ? null
				: record.replyReasons().stream().map(Enum::name).collect(Collectors.joining(","));
		request.correction = Correction.recorded(record.correctionOutcome(), record.competentAgency());
		if (type == ReplyType.ABANDONED_NO_SUPPLEMENT || type == ReplyType.ABANDONED_FEE_UNPAID) {
			request.status = RequestStatus.CLOSED;
			request.closedAt = finishedAt;
		}
		else if (type == ReplyType.OTHER) {
			request.status = RequestStatus.WITHDRAWN;
			request.closedAt = finishedAt;
		}
		else {
			request.status = RequestStatus.ARCHIVED;
			request.repliedAt = finishedAt;
			request.archivedAt = now; // how and when the letter reached the applicant the previous system knows
		}
		request.importedAt = now;
		request.updatedAt = now;
		return request;
	}

	DisclosureRequest(RequestKind kind, Applicant applicant, String applicantUser, String title, String docNumber,
			String description, String correctionSought, DeliveryForm deliveryForm, DeliveryMethod deliveryMethod,
			Instant now) {
		this.kind = kind;
		this.queryCode = QueryCode.generate();
		this.channel = ApplicationChannel.ONLINE;
		this.correction = kind == RequestKind.CORRECTION ? Correction.sought(correctionSought) : new Correction();
		this.status = RequestStatus.SUBMITTED;
		this.visibility = Visibility.APPLICANT_AND_STAFF;
		this.applicant = applicant;
		this.applicantUser = applicantUser;
		this.title = title;
		this.docNumber = docNumber;
		this.description = description;
		this.deliveryForm = deliveryForm;
		this.deliveryMethod = deliveryMethod;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** The applicant chose the agency to apply to (受理机关); the caller has checked the code. */
	void appliedTo(String agencyCode) {
		this.agencyCode = agencyCode;
	}

	/** The office registers an application that came by another channel than online (art. 29). */
	void registeredOffline(ApplicationChannel channel, String staff) {
		this.channel = channel;
		this.registeredBy = staff;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** Art. 31: both parties confirmed an online submission; the receipt number is issued and the clock starts. */
	void confirmReceipt(LocalDate receivedOn, LocalDate replyDueOn, boolean provisional, Instant now) {
		require(RequestStatus.SUBMITTED, "received");
		this.receivedOn = receivedOn;
		this.replyPeriod = replyPeriod().dueOn(replyDueOn, provisional);
		this.status = RequestStatus.RECEIVED;
		this.updatedAt = now;
	}

	/** The receipt number of a request whose receipt was confirmed, given once. */
	void numberReceipt(String receiptNo) {
		if (this.receiptNo != null) {
			throw new IllegalStateException("Request " + id + " already has receipt number " + this.receiptNo);
		}
		this.receiptNo = receiptNo;
	}

	/** Art. 30: one 补正 notice only, listing what to supplement, with a deadline. */
	void requestSupplement(String note, LocalDate dueOn, Instant now) {
		require(RequestStatus.RECEIVED, "sent a supplement notice");
		this.supplement = supplement().requested(id, note, dueOn);
		this.status = RequestStatus.SUPPLEMENT_REQUESTED;
		this.updatedAt = now;
	}

	/** The supplement arrived: the reply period restarts from its receipt. */
	void supplemented(LocalDate receivedOn, LocalDate replyDueOn, boolean provisional, Instant now) {
		require(RequestStatus.SUPPLEMENT_REQUESTED, "supplemented");
		this.receivedOn = receivedOn;
		this.replyPeriod = replyPeriod().dueOn(replyDueOn, provisional);
		this.status = RequestStatus.RECEIVED;
		this.updatedAt = now;
	}

	void assign(String departmentCode, Instant now) {
		if (status != RequestStatus.RECEIVED && status != RequestStatus.HANDLING && status != RequestStatus.REVIEW) {
			throw new RequestNotInExpectedState(id, status, "assigned");
		}
		this.departmentCode = departmentCode;
		this.status = RequestStatus.HANDLING;
		this.updatedAt = now;
	}

	/** The handler proposes the reply; reviews follow. */
	void proposeReply(ReplyType type, List<WithholdingReason> reasons, String note, String publicInterestReason,
			Instant now) {
		if (status != RequestStatus.HANDLING && status != RequestStatus.REVIEW) {
			throw new RequestNotInExpectedState(id, status, "given a proposed reply");
		}
		if (kind == RequestKind.CORRECTION) {
			throw new InvalidValue("replyType", "request.replyType.correction");
		}
		if (type.needsReason() && (reasons == null || reasons.isEmpty())) {
			throw new InvalidValue("replyReasons", "request.replyReasons.required", type.label());
		}
		this.replyType = type;
		this.replyReasons = reasons == null || reasons.isEmpty() ? null
				: reasons.stream().map(Enum::name).collect(Collectors.joining(","));
		this.replyNote = note;
		this.objection = objection().publicInterest(publicInterestReason);
		this.status = RequestStatus.REVIEW;
		this.updatedAt = now;
	}

	/**
	 * Art. 41: the handler's proposed answer to a correction request. Forwarding or referring names the
	 * agency that may correct the record; correcting says what was corrected, refusing says why.
	 */
	void proposeCorrection(CorrectionOutcome outcome, String agency, String note, Instant now) {
		if (status != RequestStatus.HANDLING && status != RequestStatus.REVIEW) {
			throw new RequestNotInExpectedState(id, status, "given a proposed correction");
		}
		if (kind != RequestKind.CORRECTION) {
			throw new InvalidValue("correctionOutcome", "request.correctionOutcome.notCorrection");
		}
		this.correction = correction().answered(outcome, agency, note);
		this.replyNote = isBlank(note) ? null : note.strip();
		this.replyType = null;
		this.replyReasons = null;
		this.status = RequestStatus.REVIEW;
		this.updatedAt = now;
	}

	/** Fees (109号) and the art. 35 reasons procedure concern disclosure, not the correction of one's own record. */
	private void requireDisclosure(String messageKey) {
		if (kind == RequestKind.CORRECTION) {
			throw new InvalidValue("decision", messageKey);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** The calendar changed (a year's holidays were published): the due date computed again. */
	void recomputed(LocalDate dueOn, boolean provisional, Instant now) {
		this.replyPeriod = replyPeriod().dueOn(dueOn, provisional);
		this.updatedAt = now;
	}

	/** Art. 33 ¶2: once, by at most 20 WD, approved by the head of the disclosure office. */
	void extend(int workingDays, LocalDate newDueOn, boolean provisional, String reason, Instant now) {
		require(RequestStatus.HANDLING, "extended");
		this.replyPeriod = replyPeriod().extended(workingDays, newDueOn, provisional, reason);
		this.updatedAt = now;
	}

	/** Arts. 32–34: consultation time does not count; the clock stops from today. */
	void startConsultation(LocalDate today, Instant now) {
		require(RequestStatus.HANDLING, "put into consultation");
		this.replyPeriod = replyPeriod().pausedSince(today);
		this.status = RequestStatus.CONSULTING;
		this.updatedAt = now;
	}

	/**
	 * 109号: a fee notice stops the reply clock (⚙ default) until paid. One notice per application (one
	 * charging method per application), so the annual report's fee figures count each fee once.
	 */
	void noticeFee(String method, int quantity, BigDecimal amount, LocalDate dueOn, LocalDate today, Instant now) {
		require(RequestStatus.HANDLING, "sent a fee notice");
		requireDisclosure("request.fee.correction");
		this.fee = fee().noticed(method, quantity, amount, dueOn);
		this.replyPeriod = replyPeriod().pausedSince(today);
		this.status = RequestStatus.AWAITING_FEE;
		this.updatedAt = now;
	}

	/**
	 * Art. 35: the applicant is asked once to explain the reasons for the volume or frequency of requests.
	 * @param pausedSince today when the reply clock stops while waiting (⚙), null when it runs on
	 */
	void askReasons(LocalDate dueOn, LocalDate pausedSince, Instant now) {
		require(RequestStatus.HANDLING, "asked to explain the reasons");
		requireDisclosure("request.reasons.correction");
		this.reasonsInquiry = reasonsInquiry().asked(dueOn);
		this.replyPeriod = replyPeriod().pausedSince(pausedSince);
		this.status = RequestStatus.AWAITING_REASONS;
		this.updatedAt = now;
	}

	/** The applicant explained (or let the period pass) and the clock was not stopped: handling goes on. */
	void reasonsAnswered(Instant now) {
		require(RequestStatus.AWAITING_REASONS, "given the applicant's reasons");
		this.status = RequestStatus.HANDLING;
		this.updatedAt = now;
	}

	/** Art. 35: the reasons are reasonable but the statutory period is not enough; the reply comes by a later day. */
	void replyLater(LocalDate dueOn, Instant now) {
		require(RequestStatus.HANDLING, "given a later reply date");
		var inquiry = reasonsInquiry().replyLater(dueOn);
		this.replyPeriod = replyPeriod().postponedTo(dueOn);
		this.reasonsInquiry = inquiry;
		this.updatedAt = now;
	}

	void feePaid(LocalDate paidOn, Instant now) {
		require(RequestStatus.AWAITING_FEE, "marked paid");
		this.fee = fee().paid(paidOn);
		this.updatedAt = now;
	}

	/**
	 * The clock runs again: the due date moves by the working days the pause lasted.
	 * @param pausedDays working days in the pause, computed by the caller from the calendar
	 */
	void resume(int pausedDays, LocalDate newDueOn, Instant now) {
		if (status != RequestStatus.CONSULTING && status != RequestStatus.AWAITING_FEE
				&& status != RequestStatus.AWAITING_REASONS) {
			throw new RequestNotInExpectedState(id, status, "resumed");
		}
		this.replyPeriod = replyPeriod().resumed(pausedDays, newDueOn);
		this.status = RequestStatus.HANDLING;
		this.updatedAt = now;
	}

	/** 109号: fee not paid in time — the request is no longer processed (其他处理 2). */
	void abandonFeeUnpaid(Instant now) {
		require(RequestStatus.AWAITING_FEE, "closed for an unpaid fee");
		this.replyType = ReplyType.ABANDONED_FEE_UNPAID;
		this.status = RequestStatus.CLOSED;
		this.replyPeriod = replyPeriod().pauseEnded();
		this.closedAt = now;
		this.updatedAt = now;
	}

	void returnToHandler(Instant now) {
		require(RequestStatus.REVIEW, "returned to the handler");
		this.status = RequestStatus.HANDLING;
		this.updatedAt = now;
	}

	void issueReply(String letterNo, Instant now) {
		require(RequestStatus.REVIEW, "replied");
		this.replyLetterNo = letterNo;
		this.status = RequestStatus.REPLIED;
		this.repliedAt = now;
		this.updatedAt = now;
	}

	/** The reply letter reached the applicant: how, and on which day (the post's tracking number for a letter). */
	void recordDelivery(ReplyDelivery delivery, String trackingNo, LocalDate deliveredOn, Instant now) {
		require(RequestStatus.REPLIED, "given a delivery record");
		this.delivery = new DeliveryRecord(delivery, trackingNo, deliveredOn);
		this.updatedAt = now;
	}

	/** Art. 45: the case file is closed once the reply was delivered; remedies may still be recorded against it. */
	void archive(Instant now) {
		require(RequestStatus.REPLIED, "archived");
		if (!delivery().isRecorded()) {
			throw new RequestNotInExpectedState(id, status, "archived before the reply's delivery is recorded");
		}
		this.status = RequestStatus.ARCHIVED;
		this.archivedAt = now;
		this.updatedAt = now;
	}

	/** Art. 32: the third party consulted does not agree to disclosure, for the reasons given. */
	void thirdPartyObjected(String reasons, Instant now) {
		require(RequestStatus.CONSULTING, "given a third party's objection");
		this.objection = objection().objected(reasons);
		this.updatedAt = now;
	}

	/** Art. 44: the information was moved into proactive disclosure; everyone may now see it. */
	void madePublic(Long itemId, Instant now) {
		this.visibility = Visibility.PUBLIC;
		this.publicItemId = itemId;
		this.updatedAt = now;
	}

	/** The catalogue item that made the information public was withdrawn: only the applicant and staff see it again. */
	void publicItemWithdrawn(Instant now) {
		this.visibility = Visibility.APPLICANT_AND_STAFF;
		this.publicItemId = null;
		this.updatedAt = now;
	}

	/** Art. 30: no supplement in time — deemed withdrawn (其他处理 1). */
	void abandonWithoutSupplement(Instant now) {
		require(RequestStatus.SUPPLEMENT_REQUESTED, "deemed withdrawn");
		this.replyType = ReplyType.ABANDONED_NO_SUPPLEMENT;
		this.status = RequestStatus.CLOSED;
		this.closedAt = now;
		this.updatedAt = now;
	}

	/** The applicant withdraws before the reply (counted as 其他处理 3). */
	void withdraw(Instant now) {
		if (!status.isOpen()) {
			throw new RequestNotInExpectedState(id, status, "withdrawn");
		}
		this.replyType = ReplyType.OTHER;
		this.status = RequestStatus.WITHDRAWN;
		this.closedAt = now;
		this.updatedAt = now;
	}

	private void require(RequestStatus expected, String step) {
		if (status != expected) {
			throw new RequestNotInExpectedState(id, status, step);
		}
	}

	// The parts below guard their own rules. Hibernate loads a part whose columns are all null as null, so
	// these accessors answer an empty part instead. They are not bean getters, so that templates and
	// expressions reading the request's properties (request.correction is isCorrection()) see no new ones.

	/** The reply clock's state: the due date, the extension and the pauses. */
	public ReplyPeriod replyPeriod() {
		return replyPeriod == null ? new ReplyPeriod() : replyPeriod;
	}

	/** The 补正 notice (art. 30), empty unless one was sent. */
	public Supplement supplement() {
		return supplement == null ? new Supplement() : supplement;
	}

	/** What a correction request (art. 41) seeks and its answer; empty for a disclosure request. */
	public Correction correction() {
		return correction == null ? new Correction() : correction;
	}

	/** The fee (109号), empty unless a fee notice was sent. */
	public Fee fee() {
		return fee == null ? new Fee() : fee;
	}

	/** The art. 35 reasons procedure, empty unless the applicant was asked. */
	public ReasonsInquiry reasonsInquiry() {
		return reasonsInquiry == null ? new ReasonsInquiry() : reasonsInquiry;
	}

	/** A consulted third party's objection (art. 32), empty unless one objected. */
	public ThirdPartyObjection objection() {
		return objection == null ? new ThirdPartyObjection() : objection;
	}

	/** How the reply letter reached the applicant, empty until recorded. */
	public DeliveryRecord delivery() {
		return delivery == null ? new DeliveryRecord() : delivery;
	}

	/** The outcome as applicants and staff read it: the correction outcome or the reply type, null while open. */
	public String getOutcomeLabel() {
		return outcomeLabel(getCorrectionOutcome(), replyType);
	}

	/** {@link #getOutcomeLabel()} of a request with this correction outcome and reply type (either may be null). */
	public static String outcomeLabel(CorrectionOutcome correctionOutcome, ReplyType replyType) {
		if (correctionOutcome != null) {
			return correctionOutcome.label();
		}
		return replyType == null ? null : replyType.label();
	}

	/** When the case was carried over from the previous system; null for cases handled here. */
	public Instant getImportedAt() {
		return importedAt;
	}

	public boolean isCorrection() {
		return kind == RequestKind.CORRECTION;
	}

	/** How the application reached the agency; online unless the office registered it. */
	public ApplicationChannel getChannel() {
		return channel;
	}

	/** The member of the office who registered an application that did not come online. */
	public String getRegisteredBy() {
		return registeredBy;
	}

	public RequestKind getKind() {
		return kind;
	}

	public String getCorrectionSought() {
		return correction().getSought();
	}

	public CorrectionOutcome getCorrectionOutcome() {
		return correction().getOutcome();
	}

	public String getCompetentAgency() {
		return correction().getCompetentAgency();
	}

	public List<WithholdingReason> getReplyReasonList() {
		return replyReasons == null ? List.of()
				: Arrays.stream(replyReasons.split(",")).map(WithholdingReason::valueOf).toList();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getReceiptNo() {
		return receiptNo;
	}

	/** The 查询码 that, with the receipt number, lets the receipt's holder follow the request without signing in. */
	public String getQueryCode() {
		return queryCode;
	}

	/** Whether the code typed with the receipt number is this request's 查询码 (constant time; case and dashes ignored). */
	public boolean hasQueryCode(String typed) {
		return QueryCode.matches(queryCode, typed);
	}

	public RequestStatus getStatus() {
		return status;
	}

	public ReplyType getReplyType() {
		return replyType;
	}

	public String getReplyNote() {
		return replyNote;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public String getApplicantUser() {
		return applicantUser;
	}

	public Applicant getApplicant() {
		return applicant;
	}

	public String getTitle() {
		return title;
	}

	public String getDocNumber() {
		return docNumber;
	}

	public String getDescription() {
		return description;
	}

	public DeliveryForm getDeliveryForm() {
		return deliveryForm;
	}

	public DeliveryMethod getDeliveryMethod() {
		return deliveryMethod;
	}

	/** The agency applied to (受理机关), a department code, or null where the applicant chose none. */
	public String getAgencyCode() {
		return agencyCode;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public LocalDate getReplyDueOn() {
		return replyPeriod().getDueOn();
	}

	public boolean isReplyDueProvisional() {
		return replyPeriod().isDueProvisional();
	}

	public boolean isSupplementRequested() {
		return supplement().isRequested();
	}

	public String getSupplementNote() {
		return supplement().getNote();
	}

	public LocalDate getSupplementDueOn() {
		return supplement().getDueOn();
	}

	public LocalDate getOriginalDueOn() {
		return replyPeriod().getOriginalDueOn();
	}

	public int getExtensionWorkingDays() {
		return replyPeriod().getExtensionWorkingDays();
	}

	public String getExtensionReason() {
		return replyPeriod().getExtensionReason();
	}

	public LocalDate getPausedSince() {
		return replyPeriod().getPausedSince();
	}

	public int getPausedWorkingDays() {
		return replyPeriod().getPausedWorkingDays();
	}

	/** Art. 35: the last day for the applicant's reasons, once asked. */
	public LocalDate getReasonsDueOn() {
		return reasonsInquiry().getDueOn();
	}

	/** Art. 35: the later reply date the agency set, if any; the calendar never moves it. */
	public LocalDate getLaterDueOn() {
		return reasonsInquiry().getLaterDueOn();
	}

	public String getFeeMethod() {
		return fee().getMethod();
	}

	public Integer getFeeQuantity() {
		return fee().getQuantity();
	}

	public BigDecimal getFeeAmount() {
		return fee().getAmount();
	}

	public LocalDate getFeeDueOn() {
		return fee().getDueOn();
	}

	public LocalDate getFeePaidOn() {
		return fee().getPaidOn();
	}

	public String getReplyLetterNo() {
		return replyLetterNo;
	}

	public Instant getRepliedAt() {
		return repliedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public ReplyDelivery getReplyDelivery() {
		return delivery().getMethod();
	}

	public String getReplyTrackingNo() {
		return delivery().getTrackingNo();
	}

	public LocalDate getReplyDeliveredOn() {
		return delivery().getDeliveredOn();
	}

	public Instant getArchivedAt() {
		return archivedAt;
	}

	public String getThirdPartyObjection() {
		return objection().getReasons();
	}

	public String getPublicInterestReason() {
		return objection().getPublicInterestReason();
	}

	/** The published catalogue item carrying this request's information (art. 44), or null. */
	public Long getPublicItemId() {
		return publicItemId;
	}

	/** Whether the reply letter exists: replied, and still so once archived. */
	public boolean isReplied() {
		return status == RequestStatus.REPLIED || status == RequestStatus.ARCHIVED;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
