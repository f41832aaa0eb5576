package org.gongkai.workflow.consultation;

import java.time.Instant;

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
 * A citizen's or organisation's comment on one question (by its number) or on the whole draft (no number);
 * shown once accepted by a moderator; a rejected one carries the reason its author sees.
 */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long consultationId;

	/** 1-based number of the question, null for the whole draft. */
	private Integer questionNo;

	private String authorId;

	private String authorName;

	@Column(name = "body")
	private String text;

	@Enumerated(EnumType.STRING)
	private CommentStatus status;

	@Enumerated(EnumType.STRING)
	private RejectReason rejectReason;

	private Instant submittedAt;

	private String moderatedBy;

	private Instant moderatedAt;

	private Long groupId;

	protected ConsultationComment() {
	}

	ConsultationComment(Long consultationId, Integer questionNo, String authorId, String authorName, String text,
			Instant now) {
		this.consultationId = consultationId;
		this.questionNo = questionNo;
		this.authorId = authorId;
		this.authorName = authorName;
		this.text = text;
		this.status = CommentStatus.PENDING;
		this.submittedAt = now;
	}

	void moderate(boolean accepted, RejectReason reason, String moderator, Instant now) {
		this.status = accepted ? CommentStatus.ACCEPTED : CommentStatus.REJECTED;
		this.rejectReason = accepted ? null : reason;
		this.moderatedBy = moderator;
		this.moderatedAt = now;
	}

	void group(Long groupId) {
		this.groupId = groupId;
	}

	public Long getId() {
		return id;
	}

	public Long getConsultationId() {
		return consultationId;
	}

	public Integer getQuestionNo() {
		return questionNo;
	}

	public String getAuthorId() {
		return authorId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getText() {
		return text;
	}

	public CommentStatus getStatus() {
		return status;
	}

	public RejectReason getRejectReason() {
		return rejectReason;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getModeratedBy() {
		return moderatedBy;
	}

	public Instant getModeratedAt() {
		return moderatedAt;
	}

	public Long getGroupId() {
		return groupId;
	}
}
