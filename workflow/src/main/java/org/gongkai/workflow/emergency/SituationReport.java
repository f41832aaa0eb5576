package org.gongkai.workflow.emergency;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One report of an emergency event's chain (初报, 续报, 终报), timestamped by the server, with its due time and lateness. */
@Entity
@Table(name = "emergency_report")
public class SituationReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long eventId;

	private int seq;

	@Enumerated(EnumType.STRING)
	private SituationReportKind kind;

	@Enumerated(EnumType.STRING)
	private SituationReportChannel channel;

	private String content;

	private Integer deaths;

	private Integer injured;

	private Integer missing;

	private String author;

	private String phone;

	private String submittedBy;

	private Instant submittedAt;

	private Instant dueAt;

	private boolean late;

	/** The event's grade as of this report; null on reports made before grades were recorded with them. */
	@Enumerated(EnumType.STRING)
	private EmergencySeverity severity;

	protected SituationReport() {
	}

	SituationReport(Long eventId, int seq, SituationReportDetails details, String author, String phone,
			String submittedBy, Instant submittedAt, Instant dueAt, EmergencySeverity severity) {
		this.eventId = eventId;
		this.seq = seq;
		this.kind = details.kind();
		this.channel = details.channel();
		this.content = details.content().strip();
		this.deaths = details.deaths();
		this.injured = details.injured();
		this.missing = details.missing();
		this.author = author;
		this.phone = phone;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.dueAt = dueAt;
		this.late = EmergencyDeadlines.late(dueAt, submittedAt);
		this.severity = severity;
	}

	public Long getId() {
		return id;
	}

	public Long getEventId() {
		return eventId;
	}

	public int getSeq() {
		return seq;
	}

	public SituationReportKind getKind() {
		return kind;
	}

	public SituationReportChannel getChannel() {
		return channel;
	}

	public String getContent() {
		return content;
	}

	public Integer getDeaths() {
		return deaths;
	}

	public Integer getInjured() {
		return injured;
	}

	public Integer getMissing() {
		return missing;
	}

	public String getAuthor() {
		return author;
	}

	public String getPhone() {
		return phone;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public EmergencySeverity getSeverity() {
		return severity;
	}

	public boolean isLate() {
		return late;
	}
}
