package org.gongkai.portal.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.gongkai.portal.notification.SubscriberMails;
import org.gongkai.portal.system.AgencyProperties;
import org.gongkai.workflow.publication.CatalogueItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: once a day, after {@code gongkai.subscriptions.digest-time}, one mail per confirmed
 * subscription listing what was published there since its last digest; none when nothing is new.
 * <p>
 * Exactly once per subscription and day, on any number of portal nodes and after a crash: every node
 * checks every {@code check-interval} whether the day's run has finished ({@code subscription_digest_day})
 * and runs it if not. Each subscription is one transaction that first writes its
 * {@code subscription_digest} row (unique per subscription and day), then queues the mail in the outbox
 * and moves the subscription's {@code digested_until}: a second node's attempt fails on the unique key and
 * rolls back with its mail, and a run cut short is simply run again. The window of a day ends at its
 * digest time (or now, when a day is run early, in whole seconds), so two runs of one day see the same
 * items; the next window starts where it ended.
 */
@Component
public class DailyDigest {

	static final String DIGEST_MAIL = "SUBSCRIPTION_DIGEST";

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private final Subscriptions subscriptions;

	private final SubscriptionDigests digests;

	private final DigestDays days;

	private final NewItems newItems;

	private final SubscriptionTargets targets;

	private final SubscriberMails mails;

	private final SubscriptionProperties properties;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String publicUrl;

	/** After a run with failures (the search was down), this node tries again no sooner than this. */
	private final AtomicReference<Instant> retryAt = new AtomicReference<>(Instant.MIN);

	DailyDigest(Subscriptions subscriptions, SubscriptionDigests digests, DigestDays days, NewItems newItems,
			SubscriptionTargets targets, SubscriberMails mails, SubscriptionProperties properties,
			MessageSource messages, PlatformTransactionManager transactionManager, AgencyProperties agency,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.digests = digests;
		this.days = days;
		this.newItems = newItems;
		this.targets = targets;
		this.mails = mails;
		this.properties = properties;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.publicUrl = agency.publicUrl();
	}

	/** Runs today's digest once its time has come, unless some node has finished it. */
	@Scheduled(fixedDelayString = "${gongkai.subscriptions.check-interval:1m}",
			initialDelayString = "${gongkai.subscriptions.check-interval:1m}")
	void check() {
		if (!properties.enabled()) {
			return;
		}
		var now = clock.instant();
		var today = LocalDate.ofInstant(now, properties.zone());
		if (now.isBefore(digestTime(today)) || now.isBefore(retryAt.get()) || days.existsById(today)) {
			return;
		}
		try {
			var outcome = run(today);
			if (outcome.failed() > 0) {
				retryAt.set(now.plus(properties.checkInterval().multipliedBy(15)));
				return;
			}
			transactions.executeWithoutResult(status -> days.save(new DigestDay(today, clock.instant())));
		}
		catch (DataIntegrityViolationException finishedElsewhere) {
			// another node recorded the day first
		}
		catch (RuntimeException e) {
			log.warn("The digest of {} did not run, will retry: {}", today, e.toString());
		}
	}

	/** How one day's run went. */
	public record Outcome(int mailed, int failed) {
	}

	/**
	 * Queues the digest of {@code day} for every confirmed subscription that has something new and has no
	 * digest for that day yet, each in its own transaction. Safe to call again, on any node. Also expires
	 * the subscriptions never confirmed in time.
	 */
	public Outcome run(LocalDate day) {
		var now = clock.instant();
		// whole seconds: a database that keeps publication times to the second must see the same windows
		var until = (digestTime(day).isBefore(now) ? digestTime(day) : now).truncatedTo(ChronoUnit.SECONDS);
		transactions.executeWithoutResult(
				status -> subscriptions.expirePending(now.minus(properties.confirmWithin()), now));
		int mailed = 0;
		int failed = 0;
		for (var id : subscriptions.idsByStatus(SubscriptionStatus.CONFIRMED)) {
			try {
				if (Boolean.TRUE.equals(transactions.execute(status -> digest(id, day, until)))) {
					mailed++;
				}
			}
			catch (DataIntegrityViolationException digestedElsewhere) {
				// another node queued this subscription's digest of the day first: nothing to do
			}
			catch (RuntimeException e) {
				failed++;
				log.warn("The digest of {} for subscription {} failed, it is retried: {}", day, id, e.toString());
			}
		}
		if (mailed > 0 || failed > 0) {
			log.info("Digest of {}: {} mails queued, {} subscriptions failed", day, mailed, failed);
		}
		return new Outcome(mailed, failed);
	}

	private Instant digestTime(LocalDate day) {
		return day.atTime(properties.digestTime()).atZone(properties.zone()).toInstant();
	}

	/** One subscription's digest of the day, in the caller's transaction; whether a mail was queued. */
	private boolean digest(Long id, LocalDate day, Instant until) {
		var subscription = subscriptions.findById(id).orElse(null);
		if (subscription == null || subscription.getStatus() != SubscriptionStatus.CONFIRMED
				|| digests.existsBySubscriptionIdAndDigestOn(id, day)) {
			return false;
		}
		var since = subscription.getDigestedUntil() == null
				? subscription.getConfirmedAt().truncatedTo(ChronoUnit.SECONDS) : subscription.getDigestedUntil();
		if (!since.isBefore(until)) {
			return false;
		}
		var items = newItems.find(subscription.target(), since, until);
		if (items.isEmpty()) {
			return false;
		}
		// first the unique row: a node that comes second fails here, before it queues anything
		var digest = digests.saveAndFlush(new SubscriptionDigest(id, day, items.size(), clock.instant()));
		digest.mailed(mails.queue(mail(subscription, items)));
		subscription.digested(until);
		return true;
	}

	private SubscriberMails.Mail mail(Subscription subscription, List<CatalogueItem> items) {
		var locale = mails.locale();
		var date = DateTimeFormatter.ofPattern(messages.getMessage("mail.format.date", null, locale), locale);
		var label = targets.label(subscription.target(), locale);
		var listed = items.stream()
			.limit(properties.maxItems())
			.map(item -> Map.of("title", item.getTitle(), "publishedOn",
					date.format(item.getPublishedAt().atZone(properties.zone()).toLocalDate()), "url",
					publicUrl + "/catalogue/items/" + item.getId()))
			.toList();
		var unsubscribeUrl = publicUrl + "/subscriptions/unsubscribe/" + subscription.getUnsubscribeToken();
		var values = new LinkedHashMap<String, Object>();
		values.put("label", label);
		values.put("count", String.valueOf(items.size()));
		values.put("items", listed);
		values.put("more", items.size() > listed.size() ? String.valueOf(items.size() - listed.size()) : null);
		values.put("pageUrl", publicUrl + targets.pagePath(subscription.target()));
		values.put("unsubscribeUrl", unsubscribeUrl);
		values.put("issuedOn", date.format(LocalDate.now(clock.withZone(properties.zone()))));
		var subject = messages.getMessage("subscription.mail.digest.subject",
				new Object[] { mails.agencyName(), label, items.size() }, locale);
		return new SubscriberMails.Mail(subscription.getId(), DIGEST_MAIL, subscription.getEmail(),
				"subscription-digest", subject, values, unsubscribeUrl);
	}
}
