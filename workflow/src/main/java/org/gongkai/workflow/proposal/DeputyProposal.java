package org.gongkai.workflow.proposal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A 人大代表建议 or 政协委员提案 the office registered: where it is ({@link ProposalStatus}), what the
 * reply decided ({@link ReplyClass}, the deputy's {@link Satisfaction}) and whether the public sees it
 * (published, or not for publication with a reason) are kept apart; guards its own transitions.
 */
@Entity
@Table(name = "deputy_proposal")
public class DeputyProposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private ProposalKind kind;

	@Column(name = "proposal_no")
	private String number;

	private String sessionName;

	private String submitters;

	private String subject;

	@Column(name = "body")
	private String text;

	private boolean keyCase;

	private LocalDate assignedOn;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	@Enumerated(EnumType.STRING)
	private ReplyClass replyClass;

	private String replyText;

	private boolean publishable = true;

	private String notPublishedReason;

	private LocalDate repliedOn;

	private Boolean repliedOnTime;

	private boolean overdue;

	@Enumerated(EnumType.STRING)
	private Satisfaction satisfaction;

	private int reworkCount;

	private boolean published;

	private Instant publishedAt;

	private String createdBy;

	private Instant createdAt;

	private String processInstanceId;

	protected DeputyProposal() {
	}

	DeputyProposal(ProposalDetails details, LocalDate assignedOn, LocalDate dueOn, boolean awaitingOpinions,
			String createdBy, Instant now) {
		this.kind = details.kind();
		this.number = details.number().strip();
		this.sessionName = details.sessionName().strip();
		this.submitters = details.submitters().strip();
		this.subject = details.subject().strip();
		this.text = details.text().strip();
		this.keyCase = details.keyCase();
		this.assignedOn = assignedOn;
		this.dueOn = dueOn;
		this.status = awaitingOpinions ? ProposalStatus.AWAITING_OPINIONS : ProposalStatus.HANDLING;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void opinionsIn() {
		if (status == ProposalStatus.AWAITING_OPINIONS) {
			status = ProposalStatus.HANDLING;
		}
	}

	/** A 主办 unit's reply; with several 主办 the case carries the latest one's class and text. */
	void reply(ReplyClass replyClass, String replyText, boolean publishable, String notPublishedReason) {
		if (status != ProposalStatus.HANDLING && status != ProposalStatus.REWORK && status != ProposalStatus.AWAITING_OPINIONS) {
			throw new ProposalNotInExpectedState(id, status, "take a reply");
		}
		this.replyClass = replyClass;
		this.replyText = replyText;
		this.publishable = publishable;
		this.notPublishedReason = publishable ? null : notPublishedReason;
	}

	/** The signed-off reply is sent to the deputy: answered, on time or not. */
	void send(LocalDate today) {
		status = ProposalStatus.SENT;
		repliedOn = today;
		repliedOnTime = !today.isAfter(dueOn);
	}

	void overdue() {
		overdue = true;
	}

	void rate(Satisfaction satisfaction) {
		if (status != ProposalStatus.SENT) {
			throw new ProposalNotInExpectedState(id, status, "be rated");
		}
		this.satisfaction = satisfaction;
		this.status = satisfaction == Satisfaction.DISSATISFIED ? ProposalStatus.REWORK : ProposalStatus.CLOSED;
	}

	/** 再办理 after a 不满意: handled again by a new due date. */
	void rework(LocalDate newDueOn) {
		reworkCount++;
		dueOn = newDueOn;
		status = ProposalStatus.REWORK;
		overdue = false;
	}

	void publish(Instant now) {
		published = true;
		publishedAt = now;
	}

	/** The 保密审查 found the reply not fit for publication. */
	void withhold(String reason) {
		publishable = false;
		notPublishedReason = reason;
	}

	public Long getId() {
		return id;
	}

	public ProposalKind getKind() {
		return kind;
	}

	public String getNumber() {
		return number;
	}

	public String getSessionName() {
		return sessionName;
	}

	public String getSubmitters() {
		return submitters;
	}

	public String getSubject() {
		return subject;
	}

	public String getText() {
		return text;
	}

	public boolean isKeyCase() {
		return keyCase;
	}

	public LocalDate getAssignedOn() {
		return assignedOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public ReplyClass getReplyClass() {
		return replyClass;
	}

	public String getReplyText() {
		return replyText;
	}

	public boolean isPublishable() {
		return publishable;
	}

	public String getNotPublishedReason() {
		return notPublishedReason;
	}

	public LocalDate getRepliedOn() {
		return repliedOn;
	}

	public Boolean getRepliedOnTime() {
		return repliedOnTime;
	}

	public boolean isOverdue() {
		return overdue;
	}

	public Satisfaction getSatisfaction() {
		return satisfaction;
	}

	public int getReworkCount() {
		return reworkCount;
	}

	public boolean isPublished() {
		return published;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}
}
