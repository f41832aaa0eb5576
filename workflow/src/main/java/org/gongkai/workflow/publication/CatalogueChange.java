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
 * A requested change of a published item (更正, 失效, 废止, 撤回) with its reason and, for a correction,
 * the proposed content; applied only after review.
 */
@Entity
public class CatalogueChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long itemId;

	@Enumerated(EnumType.STRING)
	private ChangeKind kind;

	@Enumerated(EnumType.STRING)
	private ChangeStatus status;

	private String reason;

	private String title;

	private String summary;

	private String body;

	private String issuer;

	private LocalDate writtenDate;

	private String docNumber;

	private String topic;

	private String genre;

	private String keywords;

	private LocalDate effectiveOn;

	/** For 失效 and 废止: the date it takes effect (废止日期). */
	private LocalDate effectiveDate;

	private String processInstanceId;

	private String requestedBy;

	private Instant requestedAt;

	private Instant decidedAt;

	private String decisionNote;

	protected CatalogueChange() {
	}

	CatalogueChange(Long itemId, ChangeKind kind, String reason, ItemContent proposed, LocalDate effectiveDate,
			String requestedBy, Instant now) {
		this.itemId = itemId;
		this.kind = kind;
		this.status = ChangeStatus.IN_REVIEW;
		this.reason = reason;
		this.effectiveDate = effectiveDate;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		if (proposed != null) {
			this.title = proposed.title();
			this.summary = proposed.summary();
			this.body = proposed.body();
			this.issuer = proposed.issuer();
			this.writtenDate = proposed.writtenDate();
			this.docNumber = proposed.docNumber();
			this.topic = proposed.topic();
			this.genre = proposed.genre();
			this.keywords = proposed.keywords();
			this.effectiveOn = proposed.effectiveOn();
		}
	}

	/** The corrected content: the proposal over the item's current column, class and links. */
	ItemContent proposedContent(CatalogueItem current) {
		var c = current.content();
		return new ItemContent(title, summary, body, issuer, writtenDate, docNumber, c.columnCode(), topic, genre,
				keywords, c.disclosureClass(), c.withholdingReason(), c.reviewOn(), effectiveOn, c.interpretsItemId());
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void applied(Instant now) {
		decide(ChangeStatus.APPLIED, null, now);
	}

	void returned(String note, Instant now) {
		decide(ChangeStatus.RETURNED, note, now);
	}

	private void decide(ChangeStatus outcome, String note, Instant now) {
		if (status != ChangeStatus.IN_REVIEW) {
			throw new IllegalStateException("Change " + id + " was already decided: " + status);
		}
		this.status = outcome;
		this.decisionNote = note;
		this.decidedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getItemId() {
		return itemId;
	}

	public ChangeKind getKind() {
		return kind;
	}

	public ChangeStatus getStatus() {
		return status;
	}

	public String getReason() {
		return reason;
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

	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionNote() {
		return decisionNote;
	}
}
