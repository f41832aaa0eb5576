package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;

/**
 * The pages carry a Content-Security-Policy without inline script, Referrer-Policy and
 * Permissions-Policy; HSTS only when the request came over TLS, here through a proxy that says so.
 * Camunda's web apps keep their own single policy.
 */
class SecurityHeadersIT extends PortalIT {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyMainPageCarriesThePolicies() throws Exception {
		var hit = get("/api/catalogue/search", null);
		var item = hit.json().get("hits").get(0).get("id").asText();
		for (var page : new String[] { "/", "/catalogue?q=" + encode("信息公开"), "/catalogue/items/" + item,
				"/catalogue/columns", "/requests/new", "/workbench", "/no-such-page" }) {
			var headers = headers(page, null);
			var csp = headers.allValues("Content-Security-Policy");
			assertThat(csp).as(page).hasSize(1);
			var directives = csp.get(0);
			assertThat(directives).as(page)
				.contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'self'",
						"frame-ancestors 'self'", "form-action 'self' " + RealServers.KEYCLOAK_URL)
				.doesNotContain("unsafe-eval")
				.contains("style-src 'self';")
				.doesNotContainPattern("script-src[^;]*unsafe-inline");
			assertThat(headers.firstValue("Referrer-Policy")).as(page).hasValue("strict-origin-when-cross-origin");
			assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).as(page)
				.contains("camera=()", "microphone=()", "geolocation=()");
			assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
			assertThat(headers.firstValue("Strict-Transport-Security")).as(page).isEmpty();
		}
	}

	@Test
	void hstsOnlyWhenTheProxySaysTheRequestCameOverTls() throws Exception {
		assertThat(headers("/", null).firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(headers("/", "http").firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(headers("/", "https").firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
		assertThat(headers("/catalogue", "https").firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void camundasWebAppsKeepTheirOwnPolicy() throws Exception {
		var headers = headers("/camunda/app/cockpit/default/", null);
		var csp = headers.allValues("Content-Security-Policy");
		assertThat(csp).hasSizeLessThanOrEqualTo(1);
		csp.forEach(policy -> assertThat(policy).doesNotContain("form-action 'self' http"));
	}

	private HttpHeaders headers(String path, String forwardedProto) throws Exception {
		var builder = HttpRequest.newBuilder(java.net.URI.create(url(path))).header("Accept", "text/html");
		if (forwardedProto != null) {
			builder.header("X-Forwarded-Proto", forwardedProto);
		}
		var response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).as(path).isIn(200, 302, 404);
		return response.headers();
	}
}
