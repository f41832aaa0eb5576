package org.gongkai.portal.subscription;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the e-mail subscriptions ({@code gongkai.subscriptions}).
 *
 * @param enabled off stops the daily digests (the pages stay)
 * @param digestTime when the day's digest goes out, in {@code zone}
 * @param zone the time zone of {@code digestTime} and of the days
 * @param checkInterval how often every node checks whether the day's digest is due and not yet done
 * @param confirmWithin how long the confirmation link works; unconfirmed subscriptions then expire and
 *        their addresses are erased
 * @param perAddressPerDay at most this many subscriptions (so confirmation mails) per address in 24 hours
 * @param maxItems at most this many items listed in one digest (the mail links to the rest)
 */
@ConfigurationProperties("gongkai.subscriptions")
public record SubscriptionProperties(Boolean enabled, LocalTime digestTime, ZoneId zone, Duration checkInterval,
		Duration confirmWithin, Integer perAddressPerDay, Integer maxItems) {

	public SubscriptionProperties {
		enabled = enabled == null || enabled;
		digestTime = digestTime == null ? LocalTime.of(7, 30) : digestTime;
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		checkInterval = checkInterval == null ? Duration.ofMinutes(1) : checkInterval;
		confirmWithin = confirmWithin == null ? Duration.ofDays(7) : confirmWithin;
		perAddressPerDay = perAddressPerDay == null || perAddressPerDay < 1 ? 5 : perAddressPerDay;
		maxItems = maxItems == null || maxItems < 1 ? 50 : maxItems;
	}
}
