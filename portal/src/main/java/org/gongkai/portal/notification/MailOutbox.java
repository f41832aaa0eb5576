package org.gongkai.portal.notification;

import java.time.Instant;
import java.util.List;

import org.gongkai.workflow.outbox.Outbox;

/**
 * The durable queue of e-mails to applicants: the outbox's {@code mail} topic. Sent rows stay as the
 * record of what each applicant was told.
 */
public interface MailOutbox extends Outbox<MailOutboxEntry> {

	/** Marks the mail accepted by the mail server. */
	default int markSent(Long id, Instant now) {
		return markDelivered(id, now);
	}

	default long countBySentAtIsNull() {
		return countByDeliveredAtIsNull();
	}

	List<MailOutboxEntry> findByRequestIdOrderByIdAsc(Long requestId);

	List<MailOutboxEntry> findBySubscriptionIdOrderByIdAsc(Long subscriptionId);
}
