package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;

import org.gongkai.portal.security.RateLimitProperties.Limit;
import org.gongkai.portal.security.RateLimits.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is counted how: by address, by account, or not at all. */
class RateLimitsTests {

	private static final Limit SEARCH = new Limit(100, 20, Duration.ofSeconds(1));

	private static final Limit SLOW = new Limit(10, 1, Duration.ofMinutes(1));

	/** Stands still unless a test moves it, so that no bucket refills while a busy machine runs the loop. */
	private final AtomicLong nanos = new AtomicLong();

	private final RateLimits limits = new RateLimits(
			new RateLimitProperties(true, List.of("10.0.0.0/8", "::1"), 1000, SEARCH, SEARCH, SEARCH, SEARCH, SEARCH, SLOW, SLOW, SLOW, SLOW),
			new TimeMeter() {
				@Override
				public long currentTimeNanos() {
					return nanos.get();
				}

				@Override
				public boolean isWallClockBased() {
					return false;
				}
			});

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAnonymousClientGetsTheBurstThenARetryAfter() {
		assertThat(allowed(Endpoint.SEARCH, "198.51.100.1", 150)).isEqualTo(100);
		assertThatThrownBy(() -> limits.consume(Endpoint.SEARCH, from("198.51.100.1")))
			.isInstanceOfSatisfying(RateLimited.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
		// a second later twenty more (20 a second)
		nanos.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(allowed(Endpoint.SEARCH, "198.51.100.1", 50)).isEqualTo(20);
		assertThat(allowed(Endpoint.SEARCH, "198.51.100.2", 1)).isEqualTo(1);
		// another endpoint has a bucket of its own
		assertThat(allowed(Endpoint.FEED, "198.51.100.1", 1)).isEqualTo(1);
	}

	@Test
	void submissionsWaitAMinuteOnceTheBurstIsUsed() {
		signIn("applicant", "subject-1");
		assertThat(allowed(Endpoint.REQUESTS, "198.51.100.3", 15)).isEqualTo(10);
		assertThatThrownBy(() -> limits.consume(Endpoint.REQUESTS, from("198.51.100.3")))
			.isInstanceOfSatisfying(RateLimited.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(60L));
		nanos.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThatThrownBy(() -> limits.consume(Endpoint.REQUESTS, from("198.51.100.3")))
			.isInstanceOfSatisfying(RateLimited.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1L));
		nanos.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(allowed(Endpoint.REQUESTS, "198.51.100.3", 5)).isEqualTo(1);
	}

	@Test
	void anIpv6ClientCountsByItsSlash64() {
		assertThat(allowed(Endpoint.SEARCH, "2001:db8:1:2::1", 60)).isEqualTo(60);
		assertThat(allowed(Endpoint.SEARCH, "2001:db8:1:2:ffff:ffff:ffff:fffe", 60)).isEqualTo(40);
		assertThat(RateLimits.network("2001:db8:1:2:3:4:5:6")).isEqualTo("20010db800010002/64");
		assertThat(RateLimits.network("198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(RateLimits.network("not an address")).isEqualTo("not an address");
		// a forwarded value that is no address is counted by its text, never looked up
		assertThat(allowed(Endpoint.SEARCH, "abc.example", 150)).isEqualTo(100);
	}

	@Test
	void trustedAddressesAndStaffAreNeverLimited() {
		assertThat(allowed(Endpoint.SEARCH, "10.1.2.3", 300)).isEqualTo(300);
		assertThat(allowed(Endpoint.SEARCH, "0:0:0:0:0:0:0:1", 300)).isEqualTo(300);
		signIn("clerk", "subject-2");
		assertThat(allowed(Endpoint.SEARCH, "198.51.100.4", 300)).isEqualTo(300);
	}

	@Test
	void anApplicantIsCountedByAccountWhateverTheAddress() {
		signIn("applicant", "subject-3");
		int allowed = 0;
		for (int i = 0; i < 150; i++) {
			allowed += allowed(Endpoint.SEARCH, "198.51.101." + i, 1);
		}
		assertThat(allowed).isEqualTo(100);
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(allowed(Endpoint.SEARCH, "198.51.101.1", 1)).isEqualTo(1);
	}

	private int allowed(Endpoint endpoint, String address, int calls) {
		int allowed = 0;
		for (int i = 0; i < calls; i++) {
			try {
				limits.consume(endpoint, from(address));
				allowed++;
			}
			catch (RateLimited refused) {
				// counted by what was allowed
			}
		}
		return allowed;
	}

	private static MockHttpServletRequest from(String address) {
		var request = new MockHttpServletRequest("GET", "/api/catalogue/search");
		request.setRemoteAddr(address);
		return request;
	}

	private static void signIn(String role, String subject) {
		var jwt = new Jwt("token", Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "RS256"),
				Map.of("sub", subject, "preferred_username", role + "-user"));
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList("ROLE_" + role)));
	}
}
