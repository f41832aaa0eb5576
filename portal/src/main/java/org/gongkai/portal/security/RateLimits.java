package org.gongkai.portal.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The token buckets of the rate-limited endpoints: one per endpoint group and client, where a client is
 * an applicant's account when signed in and else the client address ({@code request.getRemoteAddr()},
 * which behind a trusted proxy is the forwarded one; an IPv6 client counts by its /64). Staff roles and
 * trusted addresses are never limited.
 * <p>
 * The buckets live in this node's memory (Caffeine, bounded in size, dropped once idle long enough to be
 * full again): with N portal nodes a client gets up to N times each limit, which is acceptable for now;
 * a cluster-wide limit would keep the buckets in Bucket4j's JDBC or Redis backends instead.
 */
public class RateLimits {

	/** The endpoint groups with a limit of their own. */
	public enum Endpoint {
		SEARCH, SUGGEST, CALENDAR, FEES, FEED, REQUESTS, SITE_ERRORS, LOOKUP, SUBSCRIPTIONS
	}

	private static final Set<String> STAFF = Arrays.stream(Roles.STAFF).map(role -> "ROLE_" + role)
		.collect(Collectors.toUnmodifiableSet());

	private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

	private final boolean enabled;

	private final List<IpAddressMatcher> trusted;

	private final Map<Endpoint, RateLimitProperties.Limit> limits = new EnumMap<>(Endpoint.class);

	private final Map<Endpoint, Cache<String, Bucket>> buckets = new EnumMap<>(Endpoint.class);

	/** The clock the buckets refill by. */
	private final TimeMeter time;

	RateLimits(RateLimitProperties properties) {
		this(properties, TimeMeter.SYSTEM_MILLISECONDS);
	}

	/** With the clock the buckets refill by: the system's, or in a test one that moves only when told. */
	RateLimits(RateLimitProperties properties, TimeMeter time) {
		this.time = time;
		this.enabled = properties.enabled();
		this.trusted = properties.trusted().stream().map(IpAddressMatcher::new).toList();
		limits.put(Endpoint.SEARCH, properties.search());
		limits.put(Endpoint.SUGGEST, properties.suggest());
		limits.put(Endpoint.CALENDAR, properties.calendar());
		limits.put(Endpoint.FEES, properties.fees());
		limits.put(Endpoint.FEED, properties.feed());
		limits.put(Endpoint.REQUESTS, properties.requests());
		limits.put(Endpoint.SITE_ERRORS, properties.siteErrors());
		limits.put(Endpoint.LOOKUP, properties.lookup());
		limits.put(Endpoint.SUBSCRIPTIONS, properties.subscriptions());
		limits.forEach((endpoint, limit) -> buckets.put(endpoint, Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(limit.refilledAfter().compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
					: limit.refilledAfter())
			.build()));
	}

	/**
	 * Takes one call from the caller's bucket for the endpoint.
	 *
	 * @throws RateLimited if the bucket is empty, with the seconds until the next call is allowed
	 */
	void consume(Endpoint endpoint, HttpServletRequest request) {
		if (!enabled) {
			return;
		}
		var address = request.getRemoteAddr();
		if (trusted(address)) {
			return;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		String client;
		if (signedIn(authentication)) {
			if (authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(STAFF::contains)) {
				return;
			}
			client = "account:" + account(authentication);
		}
		else {
			client = "address:" + network(address);
		}
		var limit = limits.get(endpoint);
		var probe = buckets.get(endpoint)
			.get(client, key -> Bucket.builder()
				.addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.refill(), limit.per()))
				.withCustomTimePrecision(time)
				.build())
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long nanos = probe.getNanosToWaitForRefill();
			throw new RateLimited(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
		}
	}

	/** Whether the address is a trusted one; a forwarded value that is no address at all is not. */
	private boolean trusted(String address) {
		if (!literal(address)) {
			return false;
		}
		try {
			return trusted.stream().anyMatch(matcher -> matcher.matches(address));
		}
		catch (IllegalArgumentException notAnAddress) {
			return false;
		}
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** The account's stable id (Keycloak's subject), the same through the API and the pages. */
	private static String account(Authentication authentication) {
		if (authentication.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null) {
			return jwt.getSubject();
		}
		if (authentication.getPrincipal() instanceof OidcUser user && user.getSubject() != null) {
			return user.getSubject();
		}
		return authentication.getName();
	}

	/**
	 * Whether the text can only be an address literal, so parsing it never asks DNS (a forwarded value is
	 * whatever a proxy passed on).
	 */
	private static boolean literal(String address) {
		return address != null && !address.isEmpty() && LITERAL.matcher(address).matches();
	}

	/** An IPv4 address as is; an IPv6 address by its /64, the block one subscriber gets. */
	static String network(String address) {
		try {
			if (literal(address) && InetAddress.getByName(address) instanceof Inet6Address v6) {
				return HexFormat.of().formatHex(v6.getAddress(), 0, 8) + "/64";
			}
		}
		catch (UnknownHostException | IllegalArgumentException notAnAddress) {
			// fall through: count it by its text
		}
		return address;
	}
}
