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

	/** 补正告知书: what to supplement (one item per line) and the last day for it. */
	static RequestNotice supplement(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy, String items,
			LocalDate supplementDueOn) {
		var notice = new RequestNotice(requestId, NoticeKind.SUPPLEMENT, noticeNo, issuedOn, issuedBy);
		notice.content = items;
		notice.dueOn = supplementDueOn;
		return notice;
	}

	/** 延期答复告知书: the due date before and after, and why. */
	static RequestNotice extension(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			LocalDate originalDueOn, LocalDate newDueOn, String reason) {
		var notice = new RequestNotice(requestId, NoticeKind.EXTENSION, noticeNo, issuedOn, issuedBy);
		notice.previousDueOn = originalDueOn;
		notice.dueOn = newDueOn;
		notice.content = reason;
		return notice;
	}

	/** 第三方意见征询函: to whom, about which part of the information, answer by when. */
	static RequestNotice consultation(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			String thirdParty, String informationConcerned, LocalDate replyDueOn) {
		var notice = new RequestNotice(requestId, NoticeKind.CONSULTATION, noticeNo, issuedOn, issuedBy);
		notice.addressee = thirdParty;
		notice.content = informationConcerned;
		notice.dueOn = replyDueOn;
		return notice;
	}

	/** 征求意见书 (art. 34): to which agency, about what, answer by when (silence is consent). */
	static RequestNotice agencyConsultation(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			String agency, String matter, LocalDate replyDueOn) {
		var notice = new RequestNotice(requestId, NoticeKind.AGENCY_CONSULTATION, noticeNo, issuedOn, issuedBy);
		notice.addressee = agency;
		notice.content = matter;
		notice.dueOn = replyDueOn;
		return notice;
	}

	/** 第三方不同意公开告知书 (art. 32): to the objecting third party, what is disclosed and the public interest why. */
	static RequestNotice thirdPartyDecision(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			String thirdParty, String informationDisclosed, String publicInterestReason) {
		var notice = new RequestNotice(requestId, NoticeKind.THIRD_PARTY_DECISION, noticeNo, issuedOn, issuedBy);
		notice.addressee = thirdParty;
		notice.content = informationDisclosed;
		notice.reason = publicInterestReason;
		return notice;
	}

	/** 说明理由通知书 (art. 35): what the agency observed about the volume or frequency, explain by when. */
	static RequestNotice reasonsRequested(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			String observation, LocalDate reasonsDueOn) {
		var notice = new RequestNotice(requestId, NoticeKind.REASONS_REQUESTED, noticeNo, issuedOn, issuedBy);
		notice.content = observation;
		notice.dueOn = reasonsDueOn;
		return notice;
	}

	/** 延迟答复告知书 (art. 35): the reply date before and the later one set, and the handler's note. */
	static RequestNotice laterReply(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy,
			LocalDate previousDueOn, LocalDate laterDueOn, String note) {
		var notice = new RequestNotice(requestId, NoticeKind.LATER_REPLY, noticeNo, issuedOn, issuedBy);
		notice.previousDueOn = previousDueOn;
		notice.dueOn = laterDueOn;
		notice.content = note;
		return notice;
	}

	/** 收费通知: method, quantity, amount and the last day to pay. */
	static RequestNotice fee(Long requestId, String noticeNo, LocalDate issuedOn, String issuedBy, String method,
			int quantity, BigDecimal amount, LocalDate paymentDueOn) {
		var notice = new RequestNotice(requestId, NoticeKind.FEE, noticeNo, issuedOn, issuedBy);
		notice.feeMethod = method;
		notice.feeQuantity = quantity;
		notice.feeAmount = amount;
		notice.dueOn = paymentDueOn;
		return notice;
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
