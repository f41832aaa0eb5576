package org.gongkai.workflow.publication;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The content an item had before a correction replaced it; never changed, shown as the item's history. */
@Entity
public class CatalogueItemRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private int revision;

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

	private Instant replacedAt;

	private String replacedBy;

	private String reason;

	protected CatalogueItemRevision() {
	}

	CatalogueItemRevision(CatalogueItem item, String replacedBy, String reason, Instant now) {
		this.itemId = item.getId();
		this.revision = item.getRevision();
		this.title = item.getTitle();
		this.summary = item.getSummary();
		this.body = item.getBody();
		this.issuer = item.getIssuer();
		this.writtenDate = item.getWrittenDate();
		this.docNumber = item.getDocNumber();
		this.topic = item.getTopic();
		this.genre = item.getGenre();
		this.keywords = item.getKeywords();
		this.effectiveOn = item.getEffectiveOn();
		this.replacedAt = now;
		this.replacedBy = replacedBy;
		this.reason = reason;
	}

	public Long getId() {
		return id;
	}

	public Long getItemId() {
		return itemId;
	}

	public int getRevision() {
		return revision;
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

	public LocalDate getWrittenDate() {
		return writtenDate;
	}

	public String getDocNumber() {
		return docNumber;
	}

	public Instant getReplacedAt() {
		return replacedAt;
	}

	public String getReplacedBy() {
		return replacedBy;
	}

	public String getReason() {
		return reason;
	}
}
