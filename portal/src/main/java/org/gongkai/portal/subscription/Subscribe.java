package org.gongkai.portal.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.portal.notification.SubscriberMails;
import org.gongkai.portal.system.AgencyProperties;
import org.gongkai.workflow.crypto.FieldEncryption;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for a subscription and confirms it (double opt-in): the form queues a confirmation mail with a
 * link, and only the link's owner can turn the subscription on. The form says the same whatever happens
 * (new, already subscribed, too many requests for that address), so it reveals nothing about an address
 * and cannot be used to flood one with mails.
 */
@Component
class Subscribe {

	static final String CONFIRM_MAIL = "SUBSCRIPTION_CONFIRM";

	/** A pending subscription asked again within this time gets no second confirmation mail. */
	static final Duration RESEND_AFTER = Duration.ofHours(1);

	private final Subscriptions subscriptions;

	private final FieldEncryption encryption;

	private final SubscriberMails mails;

	private final SubscriptionTargets targets;

	private final SubscriptionProperties properties;

	private final MessageSource messages;

	private final String publicUrl;

	private final Clock clock;

	Subscribe(Subscriptions subscriptions, FieldEncryption encryption, SubscriberMails mails,
			SubscriptionTargets targets, SubscriptionProperties properties, MessageSource messages,
			AgencyProperties agency, Clock clock) {
		this.subscriptions = subscriptions;
		this.encryption = encryption;
		this.mails = mails;
		this.targets = targets;
		this.properties = properties;
		this.messages = messages;
		this.publicUrl = agency.publicUrl();
		this.clock = clock;
	}

	/**
	 * Records a pending subscription and queues its confirmation mail, unless the address already follows
	 * the target, was sent a confirmation for it within the last hour, or asked for too many today.
	 *
	 * @param account the signed-in citizen's user name, who will see it under 我的订阅; null if anonymous
	 * @return whether a confirmation mail was queued (for the log and the tests; never shown)
	 */
	@Transactional
	boolean subscribe(SubscriptionTarget target, String email, String account) {
		var address = email.strip();
		var fingerprint = encryption.fingerprint(address);
		var now = clock.instant();
		var existing = subscriptions.findByEmailHashAndKindAndTargetAndStatusIn(fingerprint, target.kind(),
				target.value(), List.of(SubscriptionStatus.PENDING, SubscriptionStatus.CONFIRMED));
		if (existing.stream()
			.anyMatch(s -> s.getStatus() == SubscriptionStatus.CONFIRMED
					|| s.getCreatedAt().isAfter(now.minus(RESEND_AFTER)))) {
			return false;
		}
		if (subscriptions.countByEmailHashAndCreatedAtAfter(fingerprint, now.minus(Duration.ofDays(1))) >= properties
			.perAddressPerDay()) {
			return false;
		}
		var confirmToken = SubscriptionTokens.newToken();
		var subscription = subscriptions.save(new Subscription(target, address, fingerprint, account, confirmToken,
				SubscriptionTokens.newToken(), now));
		var locale = mails.locale();
		var label = targets.label(target, locale);
		var subject = messages.getMessage("subscription.mail.confirm.subject",
				new Object[] { mails.agencyName(), label }, locale);
		mails.queue(new SubscriberMails.Mail(subscription.getId(), CONFIRM_MAIL, address, "subscription-confirm",
				subject,
				Map.of("label", label, "confirmUrl", publicUrl + "/subscriptions/confirm/" + confirmToken, "pageUrl",
						publicUrl + targets.pagePath(target), "confirmDays",
						String.valueOf(Math.max(1, properties.confirmWithin().toDays()))),
				null));
		return true;
	}

	/** The pending subscription a confirmation link names, while the link still works. */
	@Transactional(readOnly = true)
	Optional<Subscription> pending(String token) {
		if (!SubscriptionTokens.wellFormed(token)) {
			return Optional.empty();
		}
		var deadline = clock.instant().minus(properties.confirmWithin());
		return subscriptions.findByConfirmTokenHash(SubscriptionTokens.hash(token))
			.filter(s -> s.getStatus() == SubscriptionStatus.PENDING && s.getCreatedAt().isAfter(deadline));
	}

	/** Confirms the subscription the link names; empty if the link is unknown, used or expired. */
	@Transactional
	Optional<Subscription> confirm(String token) {
		var subscription = pending(token);
		subscription.ifPresent(s -> s.confirm(clock.instant()));
		return subscription;
	}
}
