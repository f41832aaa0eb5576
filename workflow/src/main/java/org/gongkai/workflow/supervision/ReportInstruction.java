package org.gongkai.workflow.supervision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.gongkai.workflow.information.Level;

/** A leader's instruction (领导批示) on an adopted item, relayed to units for feedback by a due date. */
@Entity
public class ReportInstruction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	@Enumerated(EnumType.STRING)
	private Level leaderLevel;

	private String leaderName;

	private String text;

	private LocalDate instructedOn;

	private Instant feedbackDueAt;

	private String recordedBy;

	protected ReportInstruction() {
	}

	ReportInstruction(Long reportId, Level leaderLevel, String leaderName, String text, LocalDate instructedOn,
			Instant feedbackDueAt, String recordedBy) {
		this.reportId = reportId;
		this.leaderLevel = leaderLevel;
		this.leaderName = leaderName;
		this.text = text;
		this.instructedOn = instructedOn;
		this.feedbackDueAt = feedbackDueAt;
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return id;
	}

	public Long getReportId() {
		return reportId;
	}

	public Level getLeaderLevel() {
		return leaderLevel;
	}

	public String getLeaderName() {
		return leaderName;
	}

	public String getText() {
		return text;
	}

	public LocalDate getInstructedOn() {
		return instructedOn;
	}

	public Instant getFeedbackDueAt() {
		return feedbackDueAt;
	}
}
