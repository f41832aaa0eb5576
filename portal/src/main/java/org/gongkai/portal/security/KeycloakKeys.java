package org.gongkai.portal.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Keycloak's token signing keys as the portal holds them: fetched at start-up, refreshed every few
 * minutes, and kept while Keycloak cannot be reached, so that tokens it issued stay valid until they
 * expire when Keycloak is down. (Spring's default JWK source fetches the keys with the first token and
 * forgets them five minutes after the last fetch: then every call with a token fails with 500 until
 * Keycloak is back.)
 */
final class KeycloakKeys {

	private static final Logger log = LoggerFactory.getLogger(KeycloakKeys.class);

	private final String uri;

	private final JWKSource<SecurityContext> source;

	/**
	 * @param uri Keycloak's JWK set ({@code …/protocol/openid-connect/certs})
	 * @param refresh how long fetched keys are used before they are fetched again
	 * @param outageTolerance how long the last fetched keys are used while Keycloak does not answer
	 */
	KeycloakKeys(String uri, Duration refresh, Duration outageTolerance) {
		this.uri = uri;
		try {
			this.source = JWKSourceBuilder
				.<SecurityContext>create(URI.create(uri).toURL(), new DefaultResourceRetriever(2_000, 3_000, 512 * 1024))
				.cache(refresh.toMillis(), Math.min(refresh.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT))
				.refreshAheadCache(false)
				.outageTolerant(outageTolerance.toMillis())
				.retrying(true)
				// as Spring's own source: a rate limit would refuse tokens the held keys can verify
				.rateLimited(false)
				.build();
		}
		catch (MalformedURLException e) {
			throw new IllegalArgumentException("gongkai.keycloak.url gives no valid JWK set address: " + uri, e);
		}
	}

	/** Selects the key of an RS256 token (Keycloak's default signature) by its key id. */
	JWSKeySelector<SecurityContext> selector() {
		return new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source);
	}

	/**
	 * Fetches the keys once the portal has started, so they are held before the first token arrives
	 * even if Keycloak goes down before then. Keycloak not answering is no reason not to start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void fetchAtStartUp() {
		try {
			int keys = source.get(new JWKSelector(new JWKMatcher.Builder().build()), null).size();
			log.info("Fetched {} token signing keys from {}", keys, uri);
		}
		catch (KeySourceException | RuntimeException e) {
			log.warn("Could not fetch the token signing keys from {} ({}); they are fetched with the first token",
					uri, e.getMessage());
		}
	}
}
