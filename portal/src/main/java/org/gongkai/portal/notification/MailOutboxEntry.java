package org.gongkai.portal.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An e-mail to an applicant, rendered and written in the same transaction as the step it reports, so
 * that neither a mail server that is down nor a node that dies after the commit loses it. Sent rows
 * stay, with {@code sentAt}, as the record of what the applicant was told and when.
 */
@Entity
@Table(name = "mail_outbox")
public class MailOutboxEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long requestId;

	private String eventType;

	private String recipient;

	private String subject;

	/** {@code longtext} on MySQL; H2 in MySQL mode makes it an unbounded varchar. Not a {@code @Lob}, so both validate. */
	@Column(columnDefinition = "longtext")
	private String bodyText;

	@Column(columnDefinition = "longtext")
	private String bodyHtml;

	private Instant createdAt;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant claimedUntil;

	private String lastError;

	private Instant sentAt;

	protected MailOutboxEntry() {
	}

	MailOutboxEntry(Long requestId, String eventType, String recipient, ComposedMail mail, Instant now) {
		this.requestId = requestId;
		this.eventType = eventType;
		this.recipient = recipient;
		this.subject = mail.subject();
		this.bodyText = mail.text();
		this.bodyHtml = mail.html();
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public String getEventType() {
		return eventType;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBodyText() {
		return bodyText;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** Attempts made so far, the successful one included. */
	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	/** Until when a node holds the row while sending it; null when nobody does. */
	public Instant getClaimedUntil() {
		return claimedUntil;
	}

	public String getLastError() {
		return lastError;
	}

	/** When the mail server accepted the mail; null while it is pending. */
	public Instant getSentAt() {
		return sentAt;
	}
}
