package org.gongkai.workflow.request;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A numbered notice issued for a request, with what its letter says as of the day it was issued.
 * Written once, in the transaction of the step that issues it; never changed afterwards.
 */
@Entity
public class RequestNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long requestId;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	private String noticeNo;

	private LocalDate issuedOn;

	private String issuedBy;

	private String addressee;

	private String content;

	private LocalDate previousDueOn;

	private LocalDate dueOn;

	private String feeMethod;

	private Integer feeQuantity;

	private BigDecimal feeAmount;

	private String reason;

	protected RequestNotice() {
	}

	private RequestNotice(Long requestId, NoticeKind kind, String noticeNo, LocalDate issuedOn, String issuedBy) {
		this.requestId = requestId;
		this.kind = kind;
		this.noticeNo = noticeNo;
		this.issuedOn = issuedOn;
		this.issuedBy = issuedBy;
	}

	/**
	 * A notice of the given kind with its number and date; the {@code with…} methods record what its
	 * letter says, e.g. {@code RequestNotice.of(NoticeKind.EXTENSION, …).withDueDates(original, extended).withContent(reason)}.
	 */
	static RequestNotice of(NoticeKind kind, Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy) {
		return new RequestNotice(requestId, kind, noticeNo, issuedOn, issuedBy);
	}

	/** The third party or agency the letter goes to. */
	RequestNotice withAddressee(String addressee) {
		this.addressee = addressee;
		return this;
	}

	/** What the letter is about (see {@link #getContent()}). */
	RequestNotice withContent(String content) {
		this.content = content;
		return this;
	}

	/** The due date the letter sets. */
	RequestNotice withDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
		return this;
	}

	/** The reply date before and after the notice. */
	RequestNotice withDueDates(LocalDate previousDueOn, LocalDate dueOn) {
		this.previousDueOn = previousDueOn;
		this.dueOn = dueOn;
		return this;
	}

	/** Why (see {@link #getReason()}). */
	RequestNotice withReason(String reason) {
		this.reason = reason;
		return this;
	}

	/** The fee: how it is counted, the quantity counted and the amount. */
	RequestNotice withFee(String method, int quantity, BigDecimal amount) {
		this.feeMethod = method;
		this.feeQuantity = quantity;
		this.feeAmount = amount;
		return this;
	}

	/** 补正告知书: what to supplement (one item per line) and the last day for it. */
	static RequestNotice supplement(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy, String items,
			LocalDate supplementDueOn) {
		return of(NoticeKind.SUPPLEMENT, requestId, noticeNo, issuedOn, issuedBy).withContent(items).withDueOn(supplementDueOn);
	}

	/** 延期答复告知书: the due date before and after, and why. */
	static RequestNotice extension(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			LocalDate originalDueOn, LocalDate newDueOn, String reason) {
		return of(NoticeKind.EXTENSION, requestId, noticeNo, issuedOn, issuedBy).withDueDates(originalDueOn, newDueOn)
			.withContent(reason);
	}

	/** 第三方意见征询函: to whom, about which part of the information, answer by when. */
	static RequestNotice consultation(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			String thirdParty, String informationConcerned, LocalDate replyDueOn) {
		return of(NoticeKind.CONSULTATION, requestId, noticeNo, issuedOn, issuedBy).withAddressee(thirdParty)
			.withContent(informationConcerned).withDueOn(replyDueOn);
	}

	/** 征求意见书 (art. 34): to which agency, about what, answer by when (silence is consent). */
	static RequestNotice agencyConsultation(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			String agency, String matter, LocalDate replyDueOn) {
		return of(NoticeKind.AGENCY_CONSULTATION, requestId, noticeNo, issuedOn, issuedBy).withAddressee(agency)
			.withContent(matter).withDueOn(replyDueOn);
	}

	/** 第三方不同意公开告知书 (art. 32): to the objecting third party, what is disclosed and the public interest why. */
	static RequestNotice thirdPartyDecision(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			String thirdParty, String informationDisclosed, String publicInterestReason) {
		return of(NoticeKind.THIRD_PARTY_DECISION, requestId, noticeNo, issuedOn, issuedBy).withAddressee(thirdParty)
			.withContent(informationDisclosed).withReason(publicInterestReason);
	}

	/** 说明理由通知书 (art. 35): what the agency observed about the volume or frequency, explain by when. */
	static RequestNotice reasonsRequested(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			String observation, LocalDate reasonsDueOn) {
		return of(NoticeKind.REASONS_REQUESTED, requestId, noticeNo, issuedOn, issuedBy).withContent(observation)
			.withDueOn(reasonsDueOn);
	}

	/** 延迟答复告知书 (art. 35): the reply date before and the later one set, and the handler's note. */
	static RequestNotice laterReply(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			LocalDate previousDueOn, LocalDate laterDueOn, String note) {
		return of(NoticeKind.LATER_REPLY, requestId, noticeNo, issuedOn, issuedBy).withDueDates(previousDueOn, laterDueOn)
			.withContent(note);
	}

	/** 收费通知: method, quantity, amount and the last day to pay. */
	static RequestNotice fee(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy, String method,
			int quantity, BigDecimal amount, LocalDate paymentDueOn) {
		return of(NoticeKind.FEE, requestId, noticeNo, issuedOn, issuedBy).withFee(method, quantity, amount)
			.withDueOn(paymentDueOn);
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public NoticeKind getKind() {
		return kind;
	}

	public String getNoticeNo() {
		return noticeNo;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	/** Why: the public interest that overrides a third party's objection; null for other notices. */
	public String getReason() {
		return reason;
	}

	/** The third party or agency a letter is addressed to; null for notices to the applicant. */
	public String getAddressee() {
		return addressee;
	}

	/** Supplement items (one per line), extension reason, or the information concerning the third party. */
	public String getContent() {
		return content;
	}

	/** The reply date before an extension. */
	public LocalDate getPreviousDueOn() {
		return previousDueOn;
	}

	/** Supplement due, extended reply date, third party's answer due, or payment due. */
	public LocalDate getDueOn() {
		return dueOn;
	}

	public String getFeeMethod() {
		return feeMethod;
	}

	public Integer getFeeQuantity() {
		return feeQuantity;
	}

	public BigDecimal getFeeAmount() {
		return feeAmount;
	}
}
