package org.gongkai.workflow.scoring;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gongkai.workflow.information.Level;

/**
 * A fact that scores, recorded once when it happens and never changed; the score itself is computed
 * from the facts and the rules in force on their dates, so a corrected rule rescores history.
 */
@Entity
@Table(name = "report_score_fact")
public class ScoreFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private FactKind kind;

	@Enumerated(EnumType.STRING)
	private Level level;

	private String channel;

	private LocalDate occurredOn;

	private Long reportId;

	/** For deductions: the unit deducted; item facts count for the item's units. */
	private String unitCode;

	private Long issueId;

	private Long instructionId;

	private String evidence;

	/** For 紧急信息 deductions: the emergency event that is the evidence. */
	private Long emergencyEventId;

	private String recordedBy;

	private Instant recordedAt;

	protected ScoreFact() {
	}

	public ScoreFact(FactKind kind, Level level, String channel, LocalDate occurredOn, Long reportId, String unitCode,
			Long issueId, Long instructionId, String evidence, String recordedBy, Instant recordedAt) {
		this.kind = kind;
		this.level = level;
		this.channel = channel;
		this.occurredOn = occurredOn;
		this.reportId = reportId;
		this.unitCode = unitCode;
		this.issueId = issueId;
		this.instructionId = instructionId;
		this.evidence = evidence;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public FactKind getKind() {
		return kind;
	}

	public Level getLevel() {
		return level;
	}

	public String getChannel() {
		return channel;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public Long getReportId() {
		return reportId;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public Long getIssueId() {
		return issueId;
	}

	/** A deduction from one unit for its 紧急信息 on an emergency event (迟报, 漏报, 瞒报). */
	public static ScoreFact emergencyDeduction(String channel, LocalDate on, String unitCode, Long emergencyEventId,
			String evidence, String recordedBy, Instant recordedAt) {
		var fact = new ScoreFact(FactKind.DEDUCTED, Level.CITY, channel, on, null, unitCode, null, null, evidence,
				recordedBy, recordedAt);
		fact.emergencyEventId = emergencyEventId;
		return fact;
	}

	public Long getEmergencyEventId() {
		return emergencyEventId;
	}

	public Long getInstructionId() {
		return instructionId;
	}

	public String getEvidence() {
		return evidence;
	}
}
