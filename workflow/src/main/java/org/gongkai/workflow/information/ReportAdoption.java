package org.gongkai.workflow.information;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An item carried in an issue; an item may be carried in several publications, and the points add up. */
@Entity
public class ReportAdoption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	private Long issueId;

	private LocalDate adoptedOn;

	private String adoptedBy;

	protected ReportAdoption() {
	}

	ReportAdoption(Long reportId, Long issueId, LocalDate adoptedOn, String adoptedBy) {
		this.reportId = reportId;
		this.issueId = issueId;
		this.adoptedOn = adoptedOn;
		this.adoptedBy = adoptedBy;
	}

	public Long getId() {
		return id;
	}

	public Long getReportId() {
		return reportId;
	}

	public Long getIssueId() {
		return issueId;
	}

	public LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	public String getAdoptedBy() {
		return adoptedBy;
	}
}
