package org.gongkai.portal.notification;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Mails to the agency's own staff that belong to no request (e.g. a visitor's report of an error on the
 * site), queued in the same durable outbox as the applicants' mails, in the caller's transaction.
 */
@Component
public class OfficeMails {

	private final MailOutbox outbox;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	OfficeMails(MailOutbox outbox, ApplicationEventPublisher publisher, Clock clock) {
		this.outbox = outbox;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Queues a plain-text mail; it is sent once the caller's transaction commits.
	 *
	 * @param eventType what the mail reports (at most 40 characters), kept with the sent mail
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String recipient, String eventType, String subject, String text) {
		var html = "<pre>" + HtmlUtils.htmlEscape(text) + "</pre>";
		var entry = outbox.save(new MailOutboxEntry(null, eventType, recipient, new ComposedMail(subject, text, html),
				clock.instant()));
		publisher.publishEvent(new MailQueued(entry.getId()));
	}
}
