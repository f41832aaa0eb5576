package org.gongkai.portal.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A browser-less page session: signs a demo user in through Keycloak's login form (the portal's OIDC
 * login, as a browser would) and keeps the cookies, so page forms can be posted with the session and its
 * CSRF token.
 */
final class PageSession {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final HttpClient http;

	private final String base;

	private final String csrf;

	private PageSession(HttpClient http, String base, String csrf) {
		this.http = http;
		this.base = base;
		this.csrf = csrf;
	}

	/** Signs {@code user} in (password = user name) and reads a CSRF token from {@code formPage}. */
	static PageSession signIn(String base, String user, String formPage) {
		var cookies = new PlainHttpCookies();
		var http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.ALWAYS)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		var noRedirects = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		try {
			var login = http.send(HttpRequest.newBuilder(URI.create(base + formPage)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			var action = FORM_ACTION.matcher(login.body());
			if (!action.find()) {
				throw new IllegalStateException("no Keycloak login form at " + login.uri() + ": " + login.statusCode());
			}
			var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId=";
			var page = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			var token = CSRF.matcher(page.body());
			if (!token.find()) {
				throw new IllegalStateException(user + " signed in but " + page.uri() + " (" + page.statusCode()
						+ ") has no CSRF token");
			}
			return new PageSession(noRedirects, base, token.group(1) != null ? token.group(1) : token.group(2));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The session's CSRF token, for a {@code _csrf} field. */
	String csrf() {
		return csrf;
	}

	/** Sends a request with the session's cookies and the CSRF token as a header; redirects are not followed. */
	HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
		var builder = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("X-CSRF-TOKEN", csrf)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		try {
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(method + " " + path + ": " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Keycloak marks its cookies {@code Secure} even on http://127.0.0.1 (browsers treat it as a secure
	 * context); Java's cookie manager would then never send them back, so the mark is dropped here.
	 */
	private static final class PlainHttpCookies extends CookieManager {

		PlainHttpCookies() {
			super(null, CookiePolicy.ACCEPT_ALL);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> headers) throws IOException {
			var plain = new LinkedHashMap<String, List<String>>();
			headers.forEach((name, values) -> plain.put(name, name != null && name.toLowerCase().startsWith("set-cookie")
					? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
			super.put(uri, plain);
		}
	}
}
