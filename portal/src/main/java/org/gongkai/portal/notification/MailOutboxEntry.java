package org.gongkai.portal.notification;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gongkai.workflow.outbox.OutboxEntry;

/**
 * An e-mail to an applicant, rendered and written in the same transaction as the step it reports, so
 * that neither a mail server that is down nor a node that dies after the commit loses it. Sent rows
 * stay, with {@code sentAt}, as the record of what the applicant was told and when.
 */
@Entity
@Table(name = "mail_outbox")
@AttributeOverride(name = "deliveredAt", column = @Column(name = "sent_at"))
public class MailOutboxEntry extends OutboxEntry {

	private Long requestId;

	/** The subscription a mail to a subscriber belongs to; null for mails to applicants. */
	private Long subscriptionId;

	/** The one-click unsubscribe address of a mail to a subscriber (RFC 8058); null otherwise. */
	private String listUnsubscribe;

	private String eventType;

	private String recipient;

	private String subject;

	/** {@code longtext} on MySQL; H2 in MySQL mode makes it an unbounded varchar. Not a {@code @Lob}, so both validate. */
	@Column(columnDefinition = "longtext")
	private String bodyText;

	@Column(columnDefinition = "longtext")
	private String bodyHtml;

	protected MailOutboxEntry() {
	}

	MailOutboxEntry(Long requestId, String eventType, String recipient, ComposedMail mail, Instant now) {
		super(now);
		this.requestId = requestId;
		this.eventType = eventType;
		this.recipient = recipient;
		this.subject = mail.subject();
		this.bodyText = mail.text();
		this.bodyHtml = mail.html();
	}

	/** A mail to a subscriber: no request, its subscription and one-click unsubscribe address. */
	MailOutboxEntry(Long subscriptionId, String eventType, String recipient, ComposedMail mail,
			String listUnsubscribe, Instant now) {
		this(null, eventType, recipient, mail, now);
		this.subscriptionId = subscriptionId;
		this.listUnsubscribe = listUnsubscribe;
	}

	public Long getSubscriptionId() {
		return subscriptionId;
	}

	public String getListUnsubscribe() {
		return listUnsubscribe;
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

	/** When the mail server accepted the mail; null while it is pending. */
	public Instant getSentAt() {
		return getDeliveredAt();
	}
}
