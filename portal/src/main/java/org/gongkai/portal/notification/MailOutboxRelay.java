package org.gongkai.portal.notification;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the mail outbox through Spring's {@link JavaMailSender}: right after a step that queued a mail
 * commits, and every {@code gongkai.mail.relay-interval} on every node for whatever is still pending.
 * <p>
 * Each mail is first claimed with a guarded update ({@link MailOutbox#claim}), so two nodes never send
 * the same row at the same moment; it is marked sent only after the mail server accepted it. A failed
 * mail is retried later with growing pauses (capped) without holding up the others. While the server
 * is unreachable each pass stops after one attempt, which moves that mail back by
 * {@code gongkai.mail.retry-delay} only, so that once the server returns everything goes out in the
 * order it was queued.
 * <p>
 * Delivery is at least once: a node that dies, or loses its database, between the server's acceptance
 * and the {@code sent_at} update leaves the row to be sent again once its claim expires. Every attempt
 * carries the same {@code Message-ID}, which lets mail clients that deduplicate show it once.
 * <p>
 * Without {@code spring.mail.host} there is no {@code JavaMailSender}: the mails stay pending and the
 * relay says so once in the log. Sending runs on a thread of its own, never on the shared scheduler
 * thread, so a slow mail server does not delay other scheduled work.
 */
@Component
class MailOutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(MailOutboxRelay.class);

	private static final int BATCH = 50;

	private static final int MAX_ERROR = 1000;

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> senders;

	private final NotificationProperties properties;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "mail-relay");
		thread.setDaemon(true);
		return thread;
	});

	/** A pass is queued on the worker and has not started yet: further nudges can be dropped. */
	private final AtomicBoolean queued = new AtomicBoolean();

	private final AtomicBoolean noSenderLogged = new AtomicBoolean();

	private final AtomicBoolean serverDown = new AtomicBoolean();

	MailOutboxRelay(MailOutbox outbox, ObjectProvider<JavaMailSender> senders, NotificationProperties properties,
			Clock clock) {
		this.outbox = outbox;
		this.senders = senders;
		this.properties = properties;
		this.clock = clock;
	}

	@TransactionalEventListener
	void queued(MailQueued event) {
		nudge();
	}

	@Scheduled(fixedDelayString = "${gongkai.mail.relay-interval:5s}", initialDelay = 2000)
	void poll() {
		nudge();
	}

	/** Asks the worker for a pass without waiting for it; nudges while one is queued are merged. */
	void nudge() {
		if (queued.compareAndSet(false, true)) {
			try {
				worker.execute(() -> {
					queued.set(false);
					drain();
				});
			}
			catch (RuntimeException rejected) {
				queued.set(false);
			}
		}
	}

	/** Sends every due mail this node can claim; returns how many the mail server accepted. */
	synchronized int drain() {
		var sender = senders.getIfAvailable();
		if (sender == null) {
			if (noSenderLogged.compareAndSet(false, true)) {
				log.warn("No mail server configured (set spring.mail.host / SPRING_MAIL_HOST): e-mails to applicants "
						+ "stay pending in mail_outbox, {} so far", outbox.countBySentAtIsNull());
			}
			return 0;
		}
		int sent = 0;
		try {
			while (true) {
				var due = outbox.findDue(clock.instant(), PageRequest.of(0, BATCH));
				for (var entry : due) {
					var outcome = send(sender, entry);
					if (outcome == Outcome.SENT) {
						sent++;
					}
					else if (outcome == Outcome.SERVER_DOWN) {
						return sent;
					}
				}
				if (due.size() < BATCH) {
					return sent;
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Mail outbox not drained, will retry: {}", e.toString());
			return sent;
		}
	}

	private enum Outcome {
		SENT, TAKEN, FAILED, SERVER_DOWN
	}

	private Outcome send(JavaMailSender sender, MailOutboxEntry entry) {
		var now = clock.instant();
		if (outbox.claim(entry.getId(), now, now.plus(properties.claimTimeout())) == 0) {
			return Outcome.TAKEN;
		}
		try {
			sender.send(message(sender, entry));
		}
		catch (MailException | MessagingException | UnsupportedEncodingException e) {
			int failures = entry.getAttempts() + 1;
			boolean serverProblem = unreachable(e);
			// an outage is not this mail's fault: it keeps its place and is tried again soon
			var retryAt = clock.instant().plus(serverProblem ? properties.retryDelay() : properties.retryAfter(failures));
			outbox.markFailed(entry.getId(), retryAt, describe(e));
			if (serverProblem) {
				if (serverDown.compareAndSet(false, true)) {
					log.warn("Mail server unreachable, e-mails to applicants stay pending: {}", describe(e));
				}
				return Outcome.SERVER_DOWN;
			}
			log.warn("Mail {} ({} of request {}) not sent, attempt {}, next at {}: {}", entry.getId(),
					entry.getEventType(), entry.getRequestId(), failures, retryAt, describe(e));
			return Outcome.FAILED;
		}
		outbox.markSent(entry.getId(), clock.instant());
		if (serverDown.compareAndSet(true, false)) {
			log.info("Mail server reachable again, sending pending e-mails to applicants");
		}
		return Outcome.SENT;
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
		return message;
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

	private static String describe(Exception e) {
		var text = String.valueOf(e.getMessage());
		var root = NestedExceptionUtils.getMostSpecificCause(e);
		if (root != e) {
			text += " (" + root + ")";
		}
		return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
	}

	@PreDestroy
	void stop() throws InterruptedException {
		worker.shutdown();
		if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
			worker.shutdownNow();
		}
	}
}
