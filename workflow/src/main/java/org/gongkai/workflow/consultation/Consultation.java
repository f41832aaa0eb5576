package org.gongkai.workflow.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A draft a department puts out for public comment (意见征集): its questions and period, where it is
 * ({@link ConsultationStatus}), and once concluded its 意见采纳情况反馈 and the catalogue items of the feedback and
 * of the final document. Guards its own transitions.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String departmentCode;

	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	private ConsultationKind kind;

	/** Numbered from 1 in the order shown; a comment names its question by that number. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "consultation_question", joinColumns = @JoinColumn(name = "consultation_id"))
	@OrderColumn(name = "seq_no")
	@Column(name = "question_text")
	private List<String> questions = new ArrayList<>();

	private LocalDate opensOn;

	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	private ConsultationStatus status;

	private String createdBy;

	private Instant createdAt;

	private Instant submittedAt;

	private Instant openedAt;

	private Instant closedAt;

	private Instant concludedAt;

	/** The 意见采纳情况反馈's overall text, written with the groups. */
	private String feedbackSummary;

	private Long feedbackItemId;

	private Long finalItemId;

	private String processInstanceId;

	protected Consultation() {
	}

	Consultation(ConsultationDetails details, String departmentCode, String createdBy, Instant now) {
		this.departmentCode = departmentCode;
		this.status = ConsultationStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		edit(details);
	}

	/** Writes the details; the caller checked that the draft may change ({@link ConsultationSteps#editable}). */
	void edit(ConsultationDetails details) {
		this.title = details.title().strip();
		this.summary = details.summary() == null ? null : details.summary().strip();
		this.kind = details.kind();
		this.questions = new ArrayList<>(details.questions() == null ? List.of()
				: details.questions().stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList());
		this.opensOn = details.opensOn();
		this.closesOn = details.closesOn();
	}

	void submit(Instant now, String processInstanceId) {
		require(ConsultationStatus.DRAFT, "be submitted");
		this.status = ConsultationStatus.IN_REVIEW;
		this.submittedAt = now;
		this.processInstanceId = processInstanceId;
	}

	void approve() {
		require(ConsultationStatus.IN_REVIEW, "be approved");
		this.status = ConsultationStatus.APPROVED;
	}

	void open(Instant now) {
		require(ConsultationStatus.APPROVED, "open");
		this.status = ConsultationStatus.OPEN;
		this.openedAt = now;
	}

	void close(Instant now) {
		require(ConsultationStatus.OPEN, "close");
		this.status = ConsultationStatus.CLOSED;
		this.closedAt = now;
	}

	void writeFeedback(String feedbackSummary) {
		require(ConsultationStatus.CLOSED, "take feedback");
		this.feedbackSummary = feedbackSummary;
	}

	void feedbackSubmitted() {
		require(ConsultationStatus.CLOSED, "submit feedback");
		this.status = ConsultationStatus.FEEDBACK_REVIEW;
	}

	/** A reviewer returned the feedback: the department edits it again. */
	void feedbackReturned() {
		require(ConsultationStatus.FEEDBACK_REVIEW, "have its feedback returned");
		this.status = ConsultationStatus.CLOSED;
	}

	void conclude(Instant now, Long feedbackItemId) {
		require(ConsultationStatus.FEEDBACK_REVIEW, "conclude");
		this.status = ConsultationStatus.CONCLUDED;
		this.concludedAt = now;
		this.feedbackItemId = feedbackItemId;
	}

	void linkFinal(Long itemId) {
		require(ConsultationStatus.CONCLUDED, "link its final document");
		this.finalItemId = itemId;
	}

	private void require(ConsultationStatus expected, String step) {
		if (status != expected) {
			throw new ConsultationNotInExpectedState(id, status, step);
		}
	}

	/** Whether comments are taken now. */
	public boolean isOpen() {
		return status == ConsultationStatus.OPEN;
	}

	/** Whether the public may see it: once it opened. */
	public boolean isPublic() {
		return status.ordinal() >= ConsultationStatus.OPEN.ordinal();
	}

	/** The number of days comments are taken, both ends included. */
	public long periodDays() {
		return java.time.temporal.ChronoUnit.DAYS.between(opensOn, closesOn) + 1;
	}

	public Long getId() {
		return id;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public ConsultationKind getKind() {
		return kind;
	}

	public List<String> getQuestions() {
		return List.copyOf(questions);
	}

	public LocalDate getOpensOn() {
		return opensOn;
	}

	public LocalDate getClosesOn() {
		return closesOn;
	}

	public ConsultationStatus getStatus() {
		return status;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getConcludedAt() {
		return concludedAt;
	}

	public String getFeedbackSummary() {
		return feedbackSummary;
	}

	public Long getFeedbackItemId() {
		return feedbackItemId;
	}

	public Long getFinalItemId() {
		return finalItemId;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}
}
