package org.gongkai.portal.catalogue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public index.
 *
 * @param alias the alias the application reads and writes; physical indices are {@code <alias>-v<N>}
 * @param relayInterval how often each node looks for outbox entries not yet applied
 * @param claimTimeout how long a node holds the outbox entries it is applying; after that another node
 *        may take them over (the first is presumed dead)
 */
@ConfigurationProperties("gongkai.search")
public record SearchProperties(String alias, Duration relayInterval, Duration claimTimeout) {

	public SearchProperties {
		if (alias == null || alias.isBlank()) {
			alias = "catalogue";
		}
		if (relayInterval == null) {
			relayInterval = Duration.ofSeconds(2);
		}
		if (claimTimeout == null) {
			claimTimeout = Duration.ofMinutes(5);
		}
	}
}
