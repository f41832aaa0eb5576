package org.gongkai.portal.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts only access tokens issued for the portal: Keycloak adds no audience by default, so the
 * realm's audience mapper puts {@code gongkai-portal} into {@code aud} and this checks it, so that a
 * token the same realm issued for another application is refused.
 */
record AudienceValidator(String audience) implements OAuth2TokenValidator<Jwt> {

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		if (token.getAudience() != null && token.getAudience().contains(audience)) {
			return OAuth2TokenValidatorResult.success();
		}
		return OAuth2TokenValidatorResult
			.failure(new OAuth2Error("invalid_token", "The token is not meant for " + audience, null));
	}
}
