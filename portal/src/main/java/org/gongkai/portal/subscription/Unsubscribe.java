package org.gongkai.portal.subscription;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a subscription by the link in every digest: no sign-in, the token is the proof. The address is
 * erased at once.
 */
@Component
class Unsubscribe {

	private final Subscriptions subscriptions;

	private final Clock clock;

	Unsubscribe(Subscriptions subscriptions, Clock clock) {
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	/** The subscription an unsubscribe link names, ended or not; empty for an unknown link. */
	@Transactional(readOnly = true)
	Optional<Subscription> byLink(String token) {
		if (!SubscriptionTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return subscriptions.findByUnsubscribeTokenHash(SubscriptionTokens.hash(token));
	}

	/** Ends the subscription the link names; ending it again changes nothing. */
	@Transactional
	Optional<Subscription> unsubscribe(String token) {
		var subscription = byLink(token);
		subscription.ifPresent(s -> s.cancel(clock.instant()));
		return subscription;
	}
}
