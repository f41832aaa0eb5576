package org.gongkai.workflow.proposal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A 协办 unit's opinion sent to the 主办 units before they reply. */
@Entity
@Table(name = "deputy_proposal_opinion")
public class ProposalOpinion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;

	private String departmentCode;

	@Column(name = "opinion_text")
	private String text;

	private String sentBy;

	private Instant sentAt;

	protected ProposalOpinion() {
	}

	ProposalOpinion(Long proposalId, String departmentCode, String text, String sentBy, Instant sentAt) {
		this.proposalId = proposalId;
		this.departmentCode = departmentCode;
		this.text = text;
		this.sentBy = sentBy;
		this.sentAt = sentAt;
	}

	public Long getId() {
		return id;
	}

	public Long getProposalId() {
		return proposalId;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public String getText() {
		return text;
	}

	public String getSentBy() {
		return sentBy;
	}

	public Instant getSentAt() {
		return sentAt;
	}
}
