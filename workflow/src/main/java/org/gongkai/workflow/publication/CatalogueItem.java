package org.gongkai.workflow.publication;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One entry of the government information disclosure catalogue; guards its own status transitions.
 * The 索引号 is set once, at publication, and never changes.
 */
@Entity
public class CatalogueItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	private String title;

	private String summary;

	private String body;

	private String issuer;

	private String departmentCode;

	private LocalDate writtenDate;

	private Instant publishedAt;

	private String docNumber;

	private String columnCode;

	private String topic;

	private String genre;

	@Enumerated(EnumType.STRING)
	private Validity validity;

	/** 废止日期 of a repealed 规章 or 规范性文件 (SPEC §4.1); counted in the annual report's 表二. */
	private LocalDate repealedOn;

	private String indexNo;

	private String processInstanceId;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	protected CatalogueItem() {
	}

	CatalogueItem(ItemContent content, String departmentCode, String createdBy, Instant now) {
		this.status = ItemStatus.DRAFT;
		this.validity = Validity.VALID;
		this.departmentCode = departmentCode;
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(content, now);
	}

	void apply(ItemContent content, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.issuer = content.issuer();
		this.writtenDate = content.writtenDate();
		this.docNumber = content.docNumber();
		this.columnCode = content.columnCode();
		this.topic = content.topic();
		this.genre = content.genre();
		this.updatedAt = now;
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void submit(Instant now) {
		if (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED) {
			throw new ItemNotInExpectedState(id, status, "submitted");
		}
		status = ItemStatus.IN_REVIEW;
		updatedAt = now;
	}

	void returnForRevision(Instant now) {
		if (status != ItemStatus.IN_REVIEW) {
			throw new ItemNotInExpectedState(id, status, "returned");
		}
		status = ItemStatus.RETURNED;
		updatedAt = now;
	}

	void publish(String allocatedIndexNo, Instant now) {
		if (status != ItemStatus.IN_REVIEW) {
			throw new ItemNotInExpectedState(id, status, "published");
		}
		status = ItemStatus.PUBLISHED;
		indexNo = allocatedIndexNo;
		publishedAt = now;
		updatedAt = now;
	}

	/** The item is repealed (废止) on the given day; it stays in the catalogue, marked as such. */
	void repeal(LocalDate on, Instant now) {
		if (status != ItemStatus.PUBLISHED) {
			throw new ItemNotInExpectedState(id, status, "repealed");
		}
		if (on == null || on.isBefore(writtenDate)) {
			throw new IllegalArgumentException("repealedOn: 废止日期不能早于成文日期");
		}
		validity = Validity.REPEALED;
		repealedOn = on;
		updatedAt = now;
	}

	public boolean isPublic() {
		return status == ItemStatus.PUBLISHED;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public ItemStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public LocalDate getWrittenDate() {
		return writtenDate;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getDocNumber() {
		return docNumber;
	}

	public String getColumnCode() {
		return columnCode;
	}

	public String getTopic() {
		return topic;
	}

	public String getGenre() {
		return genre;
	}

	public Validity getValidity() {
		return validity;
	}

	public LocalDate getRepealedOn() {
		return repealedOn;
	}

	public String getIndexNo() {
		return indexNo;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
