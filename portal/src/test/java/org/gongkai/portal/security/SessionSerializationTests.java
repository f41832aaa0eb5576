package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;

import org.gongkai.search.Rebuilt;

/**
 * What a page session holds survives Java serialization, as Spring Session JDBC stores it: the signed-in
 * user with Gongkai's view of them, and the non-string values shown after a redirect (flash attributes).
 */
class SessionSerializationTests {

	@Test
	void aPageLoginsSecurityContextRoundTrips() throws Exception {
		var current = new CurrentUser("clerk1", "王科员", Set.of(Roles.CLERK), "fgw", "13812345678");
		var idToken = new OidcIdToken("id-token", Instant.parse("2026-12-06T08:00:00Z"),
				Instant.parse("2026-12-06T08:05:00Z"), Map.of("sub", "u-1", "preferred_username", "clerk1"));
		var user = new KeycloakOidcUser(List.of(new SimpleGrantedAuthority("ROLE_clerk")), idToken,
				new OidcUserInfo(Map.of("sub", "u-1", "preferred_username", "clerk1")), current);
		var context = new SecurityContextImpl(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak"));

		var restored = (SecurityContextImpl) roundTrip(context);

		assertThat(CurrentUser.of(restored.getAuthentication())).isEqualTo(current);
		assertThat(restored.getAuthentication().getName()).isEqualTo("clerk1");
	}

	@Test
	void theIndexRebuildsResultRoundTrips() throws Exception {
		var rebuilt = new Rebuilt("catalogue-v2-1", List.of("catalogue-v2-0"), 42, 1, Duration.ofSeconds(3));
		assertThat(roundTrip(rebuilt)).isEqualTo(rebuilt);
	}

	private static Object roundTrip(Object value) throws Exception {
		var bytes = new ByteArrayOutputStream();
		try (var out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return in.readObject();
		}
	}
}
