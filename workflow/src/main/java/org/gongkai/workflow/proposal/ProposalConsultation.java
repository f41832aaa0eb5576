package org.gongkai.workflow.proposal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A 主办 unit's 面商 with the deputy or member: when, how, who took part; required before its reply. */
@Entity
@Table(name = "deputy_proposal_consultation")
public class ProposalConsultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;

	private String departmentCode;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private ConsultationChannel channel;

	private String participants;

	private String note;

	private String recordedBy;

	private Instant recordedAt;

	protected ProposalConsultation() {
	}

	ProposalConsultation(Long proposalId, String departmentCode, ConsultationDetails details, String recordedBy,
			Instant recordedAt) {
		this.proposalId = proposalId;
		this.departmentCode = departmentCode;
		this.heldOn = details.heldOn();
		this.channel = details.channel();
		this.participants = details.participants().strip();
		this.note = details.note() == null || details.note().isBlank() ? null : details.note().strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
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

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public ConsultationChannel getChannel() {
		return channel;
	}

	public String getParticipants() {
		return participants;
	}

	public String getNote() {
		return note;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
