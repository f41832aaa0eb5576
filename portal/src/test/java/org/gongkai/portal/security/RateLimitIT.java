package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;

/**
 * Calls come in faster than the limits allow. The portal trusts the test's own address (loopback, as
 * {@link RealServers} configures), so each test poses as other clients through {@code X-Forwarded-For},
 * which Tomcat honours from a loopback proxy only, taking the address the proxy saw, not one the client
 * wrote into the header itself.
 */
class RateLimitIT extends PortalIT {

	private static final String SEARCH = "/api/catalogue/search?q=" + encode("信息公开");

	private static final AtomicInteger NEXT = new AtomicInteger(256);

	/** A client address no other test uses (from 198.18.0.0/15, set aside for benchmarks). */
	private static String someAddress() {
		int n = NEXT.getAndIncrement();
		return "198." + (18 + n / 65536) + "." + (n / 256 % 256) + "." + (n % 256);
	}

	@Test
	void anonymousSearchesAreLimitedPerAddressWithRetryAfterAndProblemJson() throws Exception {
		var address = someAddress();
		var answers = burst(300, i -> () -> search(address, null));
		assertThat(answers.stream().filter(a -> a.status == 200).count()).isBetween(100L, 299L);
		var refused = answers.stream().filter(a -> a.status == 429).findFirst().orElseThrow();
		assertThat(answers).allMatch(a -> a.status == 200 || a.status == 429);
		assertThat(Long.parseLong(refused.headers.firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(refused.headers.firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		var problem = json.readTree(refused.body);
		assertThat(problem.get("type").asText()).isEqualTo("https://gongkai.org/problems/rate-limited");
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("title").asText()).isEqualTo("请求过于频繁");
		assertThat(problem.get("detail").asText()).contains("秒后再试");

		// the search page, asked for by a browser, gets a page
		var page = send(request("/catalogue?q=x", null).header("X-Forwarded-For", address).header("Accept", "text/html"));
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("请求过于频繁");

		// another client is served meanwhile
		assertThat(search(someAddress(), null).status).isEqualTo(200);
	}

	@Test
	void theAddressIsTheOneTheProxySawNotOneTheClientWrote() throws Exception {
		var address = someAddress();
		// the client writes a new address each time; the proxy appends the one it saw
		var answers = burst(300, i -> () -> search("10." + (i % 250) + ".0.1, " + address, null));
		assertThat(answers).anyMatch(a -> a.status == 429);
	}

	@Test
	void aGarbledForwardedAddressIsCountedNotRefused() throws Exception {
		var answers = burst(150, i -> () -> search("not-an-address", null));
		assertThat(answers).allMatch(a -> a.status == 200 || a.status == 429).anyMatch(a -> a.status == 429);
	}

	@Test
	void trustedAddressesAreNeverLimited() throws Exception {
		var answers = burst(300, i -> () -> search(null, null));
		assertThat(answers).allMatch(a -> a.status == 200);
	}

	@Test
	void staffAreNeverLimited() throws Exception {
		var token = RealServers.token("clerk1");
		var address = someAddress();
		var answers = burst(300, i -> () -> search(address, token));
		assertThat(answers).allMatch(a -> a.status == 200);
	}

	@Test
	void applicantsAreLimitedPerAccountWhateverTheirAddress() throws Exception {
		var token = RealServers.token("applicant1");
		var answers = burst(300, i -> () -> search(someAddress(), token));
		assertThat(answers).anyMatch(a -> a.status == 429);
		// the addresses themselves are not used up
		assertThat(search(someAddress(), null).status).isEqualTo(200);
	}

	@Test
	void anApplicantsSubmissionsAreLimitedMuchLower() throws Exception {
		var token = RealServers.token("applicant1");
		var submissions = burst(15, i -> () -> call(request("/api/requests", token).header("X-Forwarded-For", someAddress())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))));
		assertThat(submissions.stream().filter(a -> a.status == 429).count()).isGreaterThanOrEqualTo(4);
	}

	private Answer search(String forwardedFor, String token) throws Exception {
		var builder = request(SEARCH, token);
		if (forwardedFor != null) {
			builder.header("X-Forwarded-For", forwardedFor);
		}
		return call(builder);
	}

	private static Answer call(HttpRequest.Builder builder) throws Exception {
		var response = CLIENT.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.headers(), response.body());
	}

	/** Sends {@code count} calls from 16 threads at once. */
	private static List<Answer> burst(int count, IntFunction<Callable<Answer>> calls) throws Exception {
		var pool = Executors.newFixedThreadPool(16);
		try {
			var futures = new ArrayList<java.util.concurrent.Future<Answer>>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(calls.apply(i)));
			}
			var answers = new ArrayList<Answer>();
			for (var future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();

	private record Answer(int status, HttpHeaders headers, String body) {
	}
}
