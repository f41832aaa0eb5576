package org.gongkai.portal.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-client limits of the anonymous endpoints ({@code gongkai.rate-limit}): each is a token bucket
 * that holds at most {@code burst} calls and gets {@code refill} back every {@code per}.
 *
 * @param enabled off turns every limit off
 * @param trusted client addresses or CIDR ranges never limited (a reverse proxy's health checks, a load
 *     generator), from {@code GONGKAI_RATE_LIMIT_TRUSTED}
 * @param maxClients how many clients' buckets each limit keeps at most (memory stays bounded)
 * @param search {@code GET /api/catalogue/search} and the search page {@code /catalogue}
 * @param suggest {@code GET /api/catalogue/suggest}, asked while typing
 * @param calendar {@code /api/calendar/**}
 * @param fees {@code /api/fees/**}
 * @param feed {@code /catalogue/feed.atom}
 * @param requests a citizen's submissions: the request form's {@code POST /requests} and {@code POST /api/requests},
 *     and letters ({@code POST /letters/new}, {@code POST /api/letters})
 * @param siteErrors the reports of site errors, {@code POST /site-errors} and {@code POST /api/site-errors}
 *     (default five at once, then one a minute)
 * @param lookup tries of a receipt number and 查询码 on {@code /requests/lookup} and {@code /api/requests/lookup}
 *     (default 10 a minute)
 * @param subscriptions the subscription form's {@code POST /subscriptions/new}, which sends a confirmation mail
 */
@ConfigurationProperties("gongkai.rate-limit")
public record RateLimitProperties(boolean enabled, List<String> trusted, long maxClients, Limit search, Limit suggest,
		Limit calendar, Limit fees, Limit feed, Limit requests, Limit siteErrors, Limit lookup, Limit subscriptions) {

	/** Five subscriptions at once, then one every ten minutes, unless {@code subscriptions} says otherwise. */
	static final Limit DEFAULT_SUBSCRIPTIONS = new Limit(5, 1, Duration.ofMinutes(10));

	public RateLimitProperties {
		siteErrors = siteErrors == null ? new Limit(5, 1, Duration.ofMinutes(1)) : siteErrors;
		trusted = trusted == null ? List.of() : trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		lookup = lookup == null ? new Limit(10, 10, Duration.ofMinutes(1)) : lookup;
		subscriptions = subscriptions == null ? DEFAULT_SUBSCRIPTIONS : subscriptions;
	}

	/**
	 * One token bucket: {@code burst} calls at once, then {@code refill} calls every {@code per}.
	 *
	 * @param burst the bucket's capacity
	 * @param refill calls given back every {@code per}
	 * @param per the refill period
	 */
	public record Limit(long burst, long refill, Duration per) {

		public Limit {
			if (burst < 1 || refill < 1 || per == null || per.isNegative() || per.isZero()) {
				throw new IllegalArgumentException("gongkai.rate-limit: burst and refill must be at least 1 and per positive");
			}
		}

		/** How long an emptied bucket takes to fill again: a client idle that long is as good as new. */
		Duration refilledAfter() {
			return per.multipliedBy((burst + refill - 1) / refill);
		}
	}
}
