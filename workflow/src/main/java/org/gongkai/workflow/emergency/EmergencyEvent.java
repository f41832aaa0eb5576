package org.gongkai.workflow.emergency;

import org.gongkai.workflow.InvalidValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An emergency event a unit reports on (紧急信息, SPEC §5): its facts, where its report chain is, the
 * due time of the next report, and its lateness flags (迟报, 初报超时, 漏报, 瞒报); guards its own transitions.
 */
@Entity
@Table(name = "emergency_event")
public class EmergencyEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String unitCode;

	private String name;

	private Instant occurredAt;

	private Instant learnedAt;

	private String location;

	@Enumerated(EnumType.STRING)
	private EmergencySeverity severity;

	private String summary;

	private String author;

	private String phone;

	@Enumerated(EnumType.STRING)
	private EmergencyStatus status;

	/** When the office is alerted if no 初报 has come (the later channel's limit). */
	private Instant firstReportDueAt;

	/** The due time of the next 续报 or 终报, if the severity has a follow-up interval. */
	private Instant nextReportDueAt;

	private int reportCount;

	/** At least one report came after its due time (迟报). */
	private boolean late;

	/** The 初报's limit passed without one and the office was alerted. */
	private boolean firstReportOverdue;

	private boolean concealed;

	private String concealmentReason;

	private String createdBy;

	private Instant createdAt;

	private String closedBy;

	private Instant closedAt;

	private String processInstanceId;

	protected EmergencyEvent() {
	}

	EmergencyEvent(EmergencyEventDetails details, String unitCode, String createdBy, Instant now,
			EmergencyDeadlines deadlines) {
		this.unitCode = unitCode;
		this.name = details.name().strip();
		this.occurredAt = details.occurredAt().truncatedTo(ChronoUnit.SECONDS);
		this.learnedAt = details.learnedAt() == null ? null : details.learnedAt().truncatedTo(ChronoUnit.SECONDS);
		this.location = details.location().strip();
		this.severity = details.severity();
		this.summary = details.summary().strip();
		this.author = details.author().strip();
		this.phone = details.phone().strip();
		this.status = EmergencyStatus.AWAITING_FIRST_REPORT;
		this.firstReportDueAt = deadlines.firstReportAlertAt(severity, clockStart());
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** When the 初报's clock started (知悉时间, else 发生时间). */
	public Instant clockStart() {
		return EmergencyDeadlines.clockStart(occurredAt, learnedAt);
	}

	/**
	 * Adds the next report of the chain: the 初报 while waiting for it, then 续报 and finally the 终报;
	 * the report's due time follows {@link EmergencyDeadlines}. A report may re-grade the event: its own
	 * due time stays the one set by the grade it was due under, the next report's follows the new grade.
	 */
	SituationReport report(SituationReportDetails details, String submittedBy, Instant now, EmergencyDeadlines deadlines) {
		Instant due;
		if (details.kind() == SituationReportKind.FIRST) {
			if (status != EmergencyStatus.AWAITING_FIRST_REPORT) {
				throw new EmergencyNotInExpectedState(id, status, "take a 初报");
			}
			due = deadlines.firstReportDue(severity, details.channel(), clockStart());
		}
		else {
			if (status != EmergencyStatus.REPORTING) {
				throw new EmergencyNotInExpectedState(id, status, "take a " + details.kind());
			}
			due = nextReportDueAt;
		}
		if (details.severity() != null) {
			severity = details.severity();
		}
		var report = new SituationReport(id, ++reportCount, details,
				blank(details.author()) ? author : details.author().strip(),
				blank(details.phone()) ? phone : details.phone().strip(), submittedBy, now, due, severity);
		late |= report.isLate();
		if (details.kind() == SituationReportKind.FINAL) {
			status = EmergencyStatus.FINAL_REPORTED;
			nextReportDueAt = null;
		}
		else {
			status = EmergencyStatus.REPORTING;
			nextReportDueAt = deadlines.nextReportDue(severity, now);
		}
		return report;
	}

	void firstReportOverdue() {
		if (status == EmergencyStatus.AWAITING_FIRST_REPORT) {
			firstReportOverdue = true;
		}
	}

	/** The office finds the unit never reported the event (漏报). */
	void miss(String by, Instant now) {
		if (status != EmergencyStatus.AWAITING_FIRST_REPORT) {
			throw new EmergencyNotInExpectedState(id, status, "be recorded as 漏报");
		}
		status = EmergencyStatus.MISSED;
		closedBy = by;
		closedAt = now;
	}

	/** The office finds the unit concealed facts of the event (瞒报); recorded once. */
	void conceal(String reason) {
		if (concealed) {
			throw new InvalidValue("reason", "emergency.concealment.recorded");
		}
		concealed = true;
		concealmentReason = reason;
	}

	/** The office acknowledges the 终报 and closes the event. */
	void close(String by, Instant now) {
		if (status != EmergencyStatus.FINAL_REPORTED) {
			throw new EmergencyNotInExpectedState(id, status, "be closed before its 终报");
		}
		status = EmergencyStatus.CLOSED;
		closedBy = by;
		closedAt = now;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The due time of what the unit owes now: the 初报's alert time, or the next report's; null if nothing is due by a time. */
	public Instant currentDueAt() {
		return switch (status) {
			case AWAITING_FIRST_REPORT -> firstReportDueAt;
			case REPORTING -> nextReportDueAt;
			default -> null;
		};
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public Long getId() {
		return id;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getName() {
		return name;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public Instant getLearnedAt() {
		return learnedAt;
	}

	public String getLocation() {
		return location;
	}

	public EmergencySeverity getSeverity() {
		return severity;
	}

	public String getSummary() {
		return summary;
	}

	public String getAuthor() {
		return author;
	}

	public String getPhone() {
		return phone;
	}

	public EmergencyStatus getStatus() {
		return status;
	}

	public Instant getFirstReportDueAt() {
		return firstReportDueAt;
	}

	public Instant getNextReportDueAt() {
		return nextReportDueAt;
	}

	public int getReportCount() {
		return reportCount;
	}

	public boolean isLate() {
		return late;
	}

	public boolean isFirstReportOverdue() {
		return firstReportOverdue;
	}

	public boolean isMissed() {
		return status == EmergencyStatus.MISSED;
	}

	public boolean isConcealed() {
		return concealed;
	}

	public String getConcealmentReason() {
		return concealmentReason;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getClosedBy() {
		return closedBy;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}
}
