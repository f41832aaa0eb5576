package org.gongkai.workflow.annual;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The office's draft of one year's report for one agency, its frozen tables while under review and once
 * published, and the catalogue item that carries it through review. Guards that a report under review
 * or published does not change.
 */
@Entity
public class AnnualReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "report_year")
	private int year;

	private String agency;

	@Enumerated(EnumType.STRING)
	private AnnualReportStatus status;

	private Long licensing;

	private Long punishment;

	private Long coercion;

	private BigDecimal administrativeFee;

	/** Typed by the office before the fee figures were computed; read only for reports frozen then. */
	private Long feeNotices;

	private BigDecimal feeAmount;

	private BigDecimal feeCollected;

	private String overview;

	private String problems;

	private String otherMatters;

	private String tablesJson;

	private Long catalogueItemId;

	private Instant publishedAt;

	private String publishedBy;

	private String updatedBy;

	private Instant updatedAt;

	protected AnnualReport() {
	}

	AnnualReport(int year, String agency, String actor, Instant now) {
		this.year = year;
		this.agency = agency;
		this.status = AnnualReportStatus.DRAFT;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	void update(AnnualReportDraft draft, String actor, Instant now) {
		requireDraft();
		this.licensing = draft.licensing();
		this.punishment = draft.punishment();
		this.coercion = draft.coercion();
		this.administrativeFee = draft.administrativeFees();
		this.overview = blankToNull(draft.overview());
		this.problems = blankToNull(draft.problems());
		this.otherMatters = blankToNull(draft.otherMatters());
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	/** Submitted for publication: the tables are frozen as they stand now, and review begins. */
	void submit(String frozenTables, String actor, Instant now) {
		requireDraft();
		this.tablesJson = frozenTables;
		this.status = AnnualReportStatus.UNDER_REVIEW;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	/** The catalogue item that carries the report through review; kept across returns and resubmissions. */
	void carriedBy(Long itemId) {
		this.catalogueItemId = itemId;
	}

	/** The review returned it: back to a draft the office edits, computed afresh until the next submission. */
	void returnToDraft(String actor, Instant now) {
		requireUnderReview();
		this.tablesJson = null;
		this.status = AnnualReportStatus.DRAFT;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	/** The review approved it and its catalogue item is public: final. */
	void publish(String approver, Instant now) {
		requireUnderReview();
		this.status = AnnualReportStatus.PUBLISHED;
		this.publishedAt = now;
		this.publishedBy = approver;
		this.updatedAt = now;
	}

	private void requireUnderReview() {
		if (status != AnnualReportStatus.UNDER_REVIEW) {
			throw new IllegalStateException("The annual report " + year + " of " + agency + " is " + status
					+ ", not under review");
		}
	}

	private void requireDraft() {
		if (status == AnnualReportStatus.PUBLISHED) {
			throw new AnnualReportAlreadyPublished(year, agency);
		}
		if (status == AnnualReportStatus.UNDER_REVIEW) {
			throw new AnnualReportUnderReview(year, agency);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public AnnualReportDraft draft() {
		return new AnnualReportDraft(licensing, punishment, coercion, administrativeFee, overview, problems,
				otherMatters);
	}

	/** The fee figures the office typed, for a report frozen before they were computed. */
	FeeFigures enteredFees() {
		return new FeeFigures(feeNotices == null ? 0 : feeNotices, feeAmount == null ? BigDecimal.ZERO : feeAmount,
				feeCollected == null ? BigDecimal.ZERO : feeCollected, FeeFigures.ENTERED);
	}

	public boolean isPublished() {
		return status == AnnualReportStatus.PUBLISHED;
	}

	/** Under review or published: the tables are the ones frozen at submission. */
	public boolean isFrozen() {
		return tablesJson != null && status != AnnualReportStatus.DRAFT;
	}

	public Long getId() {
		return id;
	}

	public int getYear() {
		return year;
	}

	public String getAgency() {
		return agency;
	}

	public AnnualReportStatus getStatus() {
		return status;
	}

	public String getTablesJson() {
		return tablesJson;
	}

	public Long getCatalogueItemId() {
		return catalogueItemId;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
