package org.gongkai.workflow.information;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The catalogue item the office drafted from an adopted item for proactive disclosure. */
@Entity
@Table(name = "report_catalogue_item")
public class ReportCatalogueItem {

	@Id
	private Long reportId;

	private Long itemId;

	private String createdBy;

	private Instant createdAt;

	protected ReportCatalogueItem() {
	}

	ReportCatalogueItem(Long reportId, Long itemId, String createdBy, Instant createdAt) {
		this.reportId = reportId;
		this.itemId = itemId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getReportId() {
		return reportId;
	}

	public Long getItemId() {
		return itemId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
