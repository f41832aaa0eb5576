package org.gongkai.workflow.caselog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One dated step in the life of a case; never updated or deleted. */
@Entity
public class CaseEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CaseType caseType;

	private Long caseId;

	private String type;

	private String actor;

	private Instant occurredAt;

	private String note;

	protected CaseEvent() {
	}

	public CaseEvent(CaseType caseType, Long caseId, String type, String actor, Instant occurredAt, String note) {
		this.caseType = caseType;
		this.caseId = caseId;
		this.type = type;
		this.actor = actor;
		this.occurredAt = occurredAt;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public CaseType getCaseType() {
		return caseType;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getType() {
		return type;
	}

	public String getActor() {
		return actor;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getNote() {
		return note;
	}
}
