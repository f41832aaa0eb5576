package org.gongkai.portal.catalogue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public index.
 *
 * @param alias the alias the application reads and writes; physical indices are {@code <alias>-v<N>}
 * @param relayInterval how often each node looks for outbox entries not yet applied
 */
@ConfigurationProperties("gongkai.search")
public record SearchProperties(String alias, Duration relayInterval) {

	public SearchProperties {
		if (alias == null || alias.isBlank()) {
			alias = "catalogue";
		}
		if (relayInterval == null) {
			relayInterval = Duration.ofSeconds(2);
		}
	}
}
