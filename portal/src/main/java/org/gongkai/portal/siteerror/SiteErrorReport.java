package org.gongkai.portal.siteerror;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A visitor's report of an error on this site, with its confirmation number and the office's handling. */
@Entity
public class SiteErrorReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	private String pageUrl;

	@Enumerated(EnumType.STRING)
	private SiteErrorKind kind;

	private String description;

	private String contact;

	private Instant createdAt;

	private Instant handledAt;

	private String handledBy;

	private String handlingNote;

	protected SiteErrorReport() {
	}

	SiteErrorReport(String number, SiteErrorForm form, Instant now) {
		this.number = number;
		this.pageUrl = form.pageUrl().strip();
		this.kind = form.kind();
		this.description = form.description().strip();
		this.contact = form.contact() == null || form.contact().isBlank() ? null : form.contact().strip();
		this.createdAt = now;
	}

	/** Records that the office dealt with the report; a report already handled keeps its first handling. */
	boolean handle(String by, String note, Instant now) {
		if (handledAt != null) {
			return false;
		}
		this.handledAt = now;
		this.handledBy = by;
		this.handlingNote = note == null || note.isBlank() ? null : note.strip();
		return true;
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public String getPageUrl() {
		return pageUrl;
	}

	public SiteErrorKind getKind() {
		return kind;
	}

	public String getDescription() {
		return description;
	}

	public String getContact() {
		return contact;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getHandledAt() {
		return handledAt;
	}

	public String getHandledBy() {
		return handledBy;
	}

	public String getHandlingNote() {
		return handlingNote;
	}

	public boolean isHandled() {
		return handledAt != null;
	}
}
