package org.gongkai.portal.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers the tokens it decoded, so that a client calling with the same access token again is not
 * parsed and its RSA signature verified again: that was 15 % of the portal's CPU per API call (bench G1's
 * profile). A token is the same string only if it is the same signed token, so a remembered one needs only
 * the checks that depend on time: every call still runs the validator (expiry, not-before, issuer,
 * audience), and a token that fails them is forgotten. Remembered at most {@link #LIFETIME}, longer than
 * Keycloak's access tokens live, and at most {@link #SIZE} of them (a few megabytes).
 */
final class CachingJwtDecoder implements JwtDecoder {

	static final int SIZE = 2_000;

	static final Duration LIFETIME = Duration.ofMinutes(10);

	private final JwtDecoder decoder;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Cache<String, Jwt> decoded = Caffeine.newBuilder().maximumSize(SIZE).expireAfterWrite(LIFETIME).build();

	/**
	 * @param decoder decodes, verifies and validates a token not seen before
	 * @param validator the checks {@code decoder} makes after the signature, made again on every call
	 */
	CachingJwtDecoder(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
		this.decoder = decoder;
		this.validator = validator;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		var known = decoded.getIfPresent(token);
		if (known == null) {
			var jwt = decoder.decode(token);
			decoded.put(token, jwt);
			return jwt;
		}
		var result = validator.validate(known);
		if (result.hasErrors()) {
			decoded.invalidate(token);
			throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
		}
		return known;
	}
}
