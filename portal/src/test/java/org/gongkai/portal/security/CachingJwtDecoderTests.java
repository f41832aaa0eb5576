package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The decoder that remembers tokens, over Spring's Nimbus decoder with a real RSA key: a token seen before
 * is not verified again but still checked for expiry on every call; a changed token is verified afresh.
 */
class CachingJwtDecoderTests {

	private static final String ISSUER = "http://127.0.0.1:8180/realms/gongkai";

	private final Instant now = Instant.parse("2026-12-07T02:00:00Z");

	private final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));

	private final AtomicInteger verified = new AtomicInteger();

	private final RSAPrivateKey privateKey;

	private final CachingJwtDecoder decoder;

	CachingJwtDecoderTests() throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var keys = generator.generateKeyPair();
		privateKey = (RSAPrivateKey) keys.getPrivate();
		timestamps.setClock(Clock.fixed(now, ZoneOffset.UTC));
		var validator = new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER));
		var nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
		nimbus.setJwtValidator(validator);
		JwtDecoder counting = token -> {
			verified.incrementAndGet();
			return nimbus.decode(token);
		};
		decoder = new CachingJwtDecoder(counting, validator);
	}

	@Test
	void aTokenSeenBeforeIsNotVerifiedAgain() throws Exception {
		var token = token("applicant1", now.plusSeconds(300));
		assertThat(decoder.decode(token).getSubject()).isEqualTo("applicant1");
		assertThat(decoder.decode(token).getSubject()).isEqualTo("applicant1");
		assertThat(verified).as("parsed and its signature verified once").hasValue(1);
		assertThat(decoder.decode(token("applicant2", now.plusSeconds(300))).getSubject()).isEqualTo("applicant2");
		assertThat(verified).hasValue(2);
	}

	@Test
	void aRememberedTokenThatExpiredIsRefusedAndForgotten() throws Exception {
		var token = token("applicant1", now.plusSeconds(30));
		decoder.decode(token);
		timestamps.setClock(Clock.fixed(now.plusSeconds(120), ZoneOffset.UTC));
		assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("expired");
		assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
		assertThat(verified).as("forgotten: the second refusal came from the full decoder").hasValue(2);
	}

	@Test
	void aChangedTokenIsVerifiedAndRefused() throws Exception {
		var token = token("applicant1", now.plusSeconds(300));
		decoder.decode(token);
		var parts = token.split("\\.");
		var forged = parts[0] + "." + SignedJWT.parse(token("admin", now.plusSeconds(300))).getPayload().toBase64URL() + "."
				+ parts[2];
		assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
	}

	private String token(String subject, Instant expires) throws Exception {
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject(subject)
			.issuer(ISSUER)
			.issueTime(Date.from(now.minusSeconds(10)))
			.expirationTime(Date.from(expires))
			.build());
		jwt.sign(new RSASSASigner(privateKey));
		return jwt.serialize();
	}
}
