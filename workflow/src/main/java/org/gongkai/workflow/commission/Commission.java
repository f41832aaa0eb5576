package org.gongkai.workflow.commission;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A commissioned piece (约稿): the office asks a unit for an item on a topic by a deadline. */
@Entity
@Table(name = "report_commission")
public class Commission {

	/** Where a commission is. */
	public enum Status {
		OPEN, ANSWERED, MISSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String unitCode;

	private String topic;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Long reportId;

	private String createdBy;

	private Instant createdAt;

	private Instant answeredAt;

	protected Commission() {
	}

	Commission(String unitCode, String topic, Instant dueAt, String createdBy, Instant createdAt) {
		this.unitCode = unitCode;
		this.topic = topic;
		this.dueAt = dueAt;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.status = Status.OPEN;
	}

	void answer(Long reportId, Instant at) {
		if (status != Status.OPEN) {
			throw new IllegalStateException("Commission " + id + " is " + status);
		}
		this.reportId = reportId;
		this.answeredAt = at;
		this.status = Status.ANSWERED;
	}

	void miss() {
		if (status == Status.OPEN) {
			status = Status.MISSED;
		}
	}

	public Long getId() {
		return id;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getTopic() {
		return topic;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public Status getStatus() {
		return status;
	}

	public Long getReportId() {
		return reportId;
	}
}
