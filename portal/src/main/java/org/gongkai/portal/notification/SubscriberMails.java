package org.gongkai.portal.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail path of the subscriptions: renders a mail to a subscriber from its templates and queues it in
 * the one mail outbox, inside the caller's transaction, with the subscription it belongs to and the
 * one-click unsubscribe address its {@code List-Unsubscribe} headers name.
 */
@Component
public class SubscriberMails {

	private final MailComposer composer;

	private final MailOutbox outbox;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final NotificationProperties properties;

	SubscriberMails(MailComposer composer, MailOutbox outbox, ApplicationEventPublisher publisher, Clock clock,
			NotificationProperties properties) {
		this.composer = composer;
		this.outbox = outbox;
		this.publisher = publisher;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * One mail to a subscriber.
	 *
	 * @param eventType what the mail is, e.g. {@code SUBSCRIPTION_DIGEST}
	 * @param template {@code templates/mail/<template>.html} and {@code .txt}
	 * @param values the templates' values, already formatted
	 * @param listUnsubscribe the one-click unsubscribe address, or null for a mail without one
	 */
	public record Mail(Long subscriptionId, String eventType, String recipient, String template, String subject,
			Map<String, Object> values, String listUnsubscribe) {
	}

	/** The language of the mails. */
	public Locale locale() {
		return properties.locale();
	}

	/** The agency that signs the mails. */
	public String agencyName() {
		return properties.agencyName();
	}

	/** Renders and queues the mail in the caller's transaction; returns the outbox row's id. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Long queue(Mail mail) {
		var composed = composer.render(mail.template(), mail.subject(), mail.values());
		var entry = outbox.save(new MailOutboxEntry(mail.subscriptionId(), mail.eventType(), mail.recipient(), composed,
				mail.listUnsubscribe(), clock.instant()));
		publisher.publishEvent(new MailQueued(entry.getId()));
		return entry.getId();
	}
}
