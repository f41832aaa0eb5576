package org.gongkai.portal.notification;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.gongkai.workflow.outbox.OutboxBackOff;
import org.gongkai.workflow.outbox.OutboxHandler;
import org.gongkai.workflow.outbox.OutboxPolicy;
import org.gongkai.workflow.outbox.OutboxRelay;
import org.gongkai.workflow.outbox.OutboxTargetUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the mail outbox through Spring's {@link JavaMailSender}: the {@code mail} topic of the one
 * {@link OutboxRelay}, nudged right after a step that queued a mail commits and every
 * {@code gongkai.mail.relay-interval} on every node.
 * <p>
 * One mail is claimed at a time, so a claim ({@code gongkai.mail.claim-timeout}) only has to outlast one
 * SMTP conversation; it is marked sent only after the mail server accepted it. A mail the server refuses
 * is retried with growing pauses ({@code gongkai.mail.retry-delay} doubling up to
 * {@code gongkai.mail.max-retry-delay}); while the server is unreachable each pass stops after one
 * attempt, which moves that mail back by {@code gongkai.mail.retry-delay} only, so that once the server
 * returns everything goes out in the order it was queued.
 * <p>
 * Delivery is at least once: every attempt carries the same {@code Message-ID}, which lets mail clients
 * that deduplicate show a mail sent twice once. Without {@code spring.mail.host} there is no
 * {@code JavaMailSender}: the mails stay pending and the relay says so once in the log.
 */
@Component
class MailOutboxRelay implements OutboxHandler<MailOutboxEntry> {

	private static final Logger log = LoggerFactory.getLogger(MailOutboxRelay.class);

	private static final int BATCH = 50;

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> senders;

	private final NotificationProperties properties;

	private final OutboxRelay<MailOutboxEntry> relay;

	private final AtomicBoolean noSenderLogged = new AtomicBoolean();

	MailOutboxRelay(MailOutbox outbox, ObjectProvider<JavaMailSender> senders, NotificationProperties properties,
			Clock clock) {
		this.outbox = outbox;
		this.senders = senders;
		this.properties = properties;
		this.relay = new OutboxRelay<>(outbox, this,
				new OutboxPolicy("mail", BATCH, 1, properties.claimTimeout(),
						new OutboxBackOff(properties.retryDelay(), properties.maxRetryDelay()), properties.retryDelay(),
						true),
				clock);
	}

	@TransactionalEventListener
	void queued(MailQueued event) {
		relay.nudge();
	}

	@Scheduled(fixedDelayString = "${gongkai.mail.relay-interval:5s}", initialDelay = 2000)
	void poll() {
		relay.nudge();
	}

	/** Sends every due mail this node can claim, on the calling thread; returns how many the mail server accepted. */
	int drain() {
		return relay.drain();
	}

	@Override
	public boolean ready() {
		if (senders.getIfAvailable() != null) {
			return true;
		}
		if (noSenderLogged.compareAndSet(false, true)) {
			log.warn("No mail server configured (set spring.mail.host / SPRING_MAIL_HOST): e-mails to applicants "
					+ "stay pending in mail_outbox, {} so far", outbox.countBySentAtIsNull());
		}
		return false;
	}

	@Override
	public Map<Long, String> deliver(List<MailOutboxEntry> mails) {
		var sender = senders.getObject();
		for (var entry : mails) {
			try {
				sender.send(message(sender, entry));
			}
			catch (MailException | MessagingException | UnsupportedEncodingException e) {
				if (unreachable(e)) {
					throw new OutboxTargetUnavailable(reason(e), e);
				}
				return Map.of(entry.getId(), reason(e));
			}
		}
		return Map.of();
	}

	@Override
	public String describe(MailOutboxEntry entry) {
		if (entry.getSubscriptionId() != null) {
			return "mail " + entry.getId() + " (" + entry.getEventType() + " of subscription " + entry.getSubscriptionId() + ")";
		}
		return "mail " + entry.getId() + " (" + entry.getEventType() + " of request " + entry.getRequestId() + ")";
	}

	private MimeMessage message(JavaMailSender sender, MailOutboxEntry entry)
			throws MessagingException, UnsupportedEncodingException {
		var message = sender.createMimeMessage();
		var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from(), properties.agencyName());
		helper.setTo(entry.getRecipient());
		helper.setSubject(entry.getSubject());
		helper.setText(entry.getBodyText(), entry.getBodyHtml());
		// Kept by JavaMailSenderImpl when set: the same id on every attempt of this row
		message.setHeader("Message-ID", "<gongkai." + entry.getId() + "." + entry.getCreatedAt().toEpochMilli() + "@"
				+ domainOf(properties.from()) + ">");
		// RFC 3834: no out-of-office replies to a notification
		message.setHeader("Auto-Submitted", "auto-generated");
		unsubscribeHeaders(message, entry.getListUnsubscribe());
		return message;
	}

	/**
	 * RFC 2369 and RFC 8058: a mail to a subscriber names its one-click unsubscribe address, which mail
	 * clients offer as a button and answer with a {@code POST} of {@code List-Unsubscribe=One-Click}.
	 */
	static void unsubscribeHeaders(MimeMessage message, String unsubscribeUrl) throws MessagingException {
		if (unsubscribeUrl != null) {
			message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
	}

	private static String domainOf(String address) {
		int at = address.lastIndexOf('@');
		return at < 0 ? "gongkai.localhost" : address.substring(at + 1).replace(">", "").strip();
	}

	/** Connection refused, timed out, broken or refused login: the server, not this mail, is the problem. */
	static boolean unreachable(Throwable failure) {
		if (failure instanceof MailAuthenticationException) {
			return true;
		}
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 10; depth++) {
			if (cause instanceof IOException) {
				return true;
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return false;
	}

	private static String reason(Exception e) {
		var text = String.valueOf(e.getMessage());
		var root = NestedExceptionUtils.getMostSpecificCause(e);
		if (root != e) {
			text += " (" + root + ")";
		}
		return text;
	}

	@PreDestroy
	void stop() throws InterruptedException {
		relay.stop();
	}
}
