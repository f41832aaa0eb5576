package org.gongkai.workflow.supervision;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One unit's 督办 of an instruction: open until the unit's feedback arrives; overdue once past its due time. */
@Entity
@Table(name = "report_supervision")
public class Supervision {

	/** Where a 督办 is. */
	public enum Status {
		OPEN, OVERDUE, CLOSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long instructionId;

	private String unitCode;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String feedback;

	private String feedbackBy;

	private Instant feedbackAt;

	protected Supervision() {
	}

	Supervision(Long instructionId, String unitCode, Instant dueAt) {
		this.instructionId = instructionId;
		this.unitCode = unitCode;
		this.dueAt = dueAt;
		this.status = Status.OPEN;
	}

	void overdue() {
		if (status == Status.OPEN) {
			status = Status.OVERDUE;
		}
	}

	void feedback(String text, String by, Instant at) {
		if (status == Status.CLOSED) {
			throw new IllegalStateException("Supervision " + id + " is already closed");
		}
		this.feedback = text;
		this.feedbackBy = by;
		this.feedbackAt = at;
		this.status = Status.CLOSED;
	}

	public Long getId() {
		return id;
	}

	public Long getInstructionId() {
		return instructionId;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public Status getStatus() {
		return status;
	}

	public String getFeedback() {
		return feedback;
	}

	public Instant getFeedbackAt() {
		return feedbackAt;
	}
}
