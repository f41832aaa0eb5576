package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class AudienceValidatorTests {

	private final AudienceValidator validator = new AudienceValidator("gongkai-portal");

	@Test
	void tokenForThePortalIsAccepted() {
		assertThat(validator.validate(token(List.of("gongkai-portal", "account"))).hasErrors()).isFalse();
	}

	@Test
	void tokenForAnotherApplicationIsRefused() {
		var result = validator.validate(token(List.of("account")));
		assertThat(result.hasErrors()).isTrue();
		assertThat(result.getErrors()).first().satisfies(e -> assertThat(e.getErrorCode()).isEqualTo("invalid_token"));
	}

	@Test
	void tokenWithoutAudienceIsRefused() {
		var jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("x").issuedAt(Instant.now()).build();
		assertThat(validator.validate(jwt).hasErrors()).isTrue();
	}

	private static Jwt token(List<String> audience) {
		return Jwt.withTokenValue("t").header("alg", "RS256").subject("x").audience(audience).issuedAt(Instant.now()).build();
	}
}
