package org.gongkai.portal.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in citizen's own subscriptions (those made while signed in), for the 我的订阅 page. */
@Component
public class MySubscriptions {

	private final Subscriptions subscriptions;

	private final SubscriptionTargets targets;

	private final Clock clock;

	private final SubscriptionProperties properties;

	MySubscriptions(Subscriptions subscriptions, SubscriptionTargets targets, Clock clock,
			SubscriptionProperties properties) {
		this.properties = properties;
		this.subscriptions = subscriptions;
		this.targets = targets;
		this.clock = clock;
	}

	/**
	 * One subscription as the page lists it.
	 *
	 * @param path the page of what it follows, without the host
	 */
	public record Listed(Long id, SubscriptionKind kind, String label, String path, String email,
			SubscriptionStatus status, LocalDate createdOn) {
	}

	/** The citizen's pending and confirmed subscriptions, newest first. */
	@Transactional(readOnly = true)
	public List<Listed> of(String account, Locale locale) {
		return subscriptions
			.findByAccountAndStatusInOrderByCreatedAtDesc(account,
					List.of(SubscriptionStatus.PENDING, SubscriptionStatus.CONFIRMED))
			.stream()
			.map(s -> new Listed(s.getId(), s.getKind(), targets.label(s.target(), locale), targets.pagePath(s.target()),
					s.getEmail(), s.getStatus(), LocalDate.ofInstant(s.getCreatedAt(), properties.zone())))
			.toList();
	}

	/** Ends one of the citizen's own subscriptions; false if it is not theirs or does not exist. */
	@Transactional
	public boolean cancel(Long id, String account) {
		var subscription = subscriptions.findById(id)
			.filter(s -> account != null && account.equals(s.getAccount()) && s.isActive());
		subscription.ifPresent(s -> s.cancel(clock.instant()));
		return subscription.isPresent();
	}
}
