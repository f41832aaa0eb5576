package org.gongkai.workflow.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Comments of the same substance grouped by the agency, with what it made of them (采纳, 部分采纳, 不予采纳)
 * and why: one line of the 意见采纳情况反馈. Its members point to it ({@link ConsultationComment#getGroupId()}).
 */
@Entity
@Table(name = "consultation_comment_group")
public class CommentGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long consultationId;

	private int seqNo;

	private String summary;

	@Enumerated(EnumType.STRING)
	private AdoptionOutcome outcome;

	private String reason;

	protected CommentGroup() {
	}

	CommentGroup(Long consultationId, int seqNo, String summary, AdoptionOutcome outcome, String reason) {
		this.consultationId = consultationId;
		this.seqNo = seqNo;
		this.summary = summary;
		this.outcome = outcome;
		this.reason = reason;
	}

	public Long getId() {
		return id;
	}

	public Long getConsultationId() {
		return consultationId;
	}

	public int getSeqNo() {
		return seqNo;
	}

	public String getSummary() {
		return summary;
	}

	public AdoptionOutcome getOutcome() {
		return outcome;
	}

	public String getReason() {
		return reason;
	}
}
