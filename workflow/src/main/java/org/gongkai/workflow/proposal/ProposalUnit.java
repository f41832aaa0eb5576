package org.gongkai.workflow.proposal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit assigned to a case, 主办 or 协办; a 主办 unit keeps its own reply (a 会办 case has several). */
@Entity
@Table(name = "deputy_proposal_unit")
public class ProposalUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;

	private String departmentCode;

	@Enumerated(EnumType.STRING)
	private UnitRole unitRole;

	@Enumerated(EnumType.STRING)
	private ReplyClass replyClass;

	private String replyText;

	private Instant repliedAt;

	protected ProposalUnit() {
	}

	ProposalUnit(Long proposalId, String departmentCode, UnitRole unitRole) {
		this.proposalId = proposalId;
		this.departmentCode = departmentCode;
		this.unitRole = unitRole;
	}

	void reply(ReplyClass replyClass, String replyText, Instant now) {
		this.replyClass = replyClass;
		this.replyText = replyText;
		this.repliedAt = now;
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

	public UnitRole getUnitRole() {
		return unitRole;
	}

	public ReplyClass getReplyClass() {
		return replyClass;
	}

	public String getReplyText() {
		return replyText;
	}

	public Instant getRepliedAt() {
		return repliedAt;
	}
}
