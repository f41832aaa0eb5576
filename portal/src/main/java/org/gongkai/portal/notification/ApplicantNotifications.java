package org.gongkai.portal.notification;

import java.time.Clock;

import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.RequestEventLogged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues an e-mail to the applicant for each step they must know about, in the transaction of the
 * step itself: the mail is queued if and only if the step commits. Applicants who gave no e-mail
 * address get none (they follow the request on the tracking page or by post).
 */
@Component
class ApplicantNotifications {

	private static final Logger log = LoggerFactory.getLogger(ApplicantNotifications.class);

	private final DisclosureRequests requests;

	private final MailComposer composer;

	private final MailOutbox outbox;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final NotificationProperties properties;

	ApplicantNotifications(DisclosureRequests requests, MailComposer composer, MailOutbox outbox,
			ApplicationEventPublisher publisher, Clock clock, NotificationProperties properties) {
		this.properties = properties;
		this.requests = requests;
		this.composer = composer;
		this.outbox = outbox;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * A plain (not after-commit) listener on purpose: it must write the outbox row inside the step's
	 * transaction. A template that fails to render is logged and the step goes on without its mail,
	 * because a broken mail must not block a statutory step; a failing insert fails the step.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void logged(RequestEventLogged event) {
		var kind = ApplicantMail.forEvent(event.type(), properties.tellConsultation()).orElse(null);
		if (kind == null) {
			return;
		}
		var request = requests.findById(event.requestId()).orElse(null);
		var email = request == null ? null : request.getApplicant().getEmail();
		if (email == null || email.isBlank() || !kind.sentFor(request)) {
			return;
		}
		ComposedMail mail;
		try {
			mail = composer.compose(kind, request);
		}
		catch (RuntimeException e) {
			log.error("Mail {} of request {} could not be rendered and is not sent", kind, request.getId(), e);
			return;
		}
		var entry = outbox.save(new MailOutboxEntry(request.getId(), event.type(), email.strip(), mail, clock.instant()));
		publisher.publishEvent(new MailQueued(entry.getId()));
	}
}
