package org.gongkai.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A browser's session of the portal's pages (which take no bearer token): signs a demo user in through the
 * portal's OIDC code flow and Keycloak's login form, as a browser does, and keeps the cookies per server.
 */
final class PageLogin {

	private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private final HttpClient http;

	private PageLogin(HttpClient http) {
		this.http = http;
	}

	/** Signs {@code user} in (password = user name) and checks that {@code page} then answers 200. */
	static PageLogin signIn(Stack stack, String user, String page) throws IOException, InterruptedException {
		var session = new PageLogin(HttpClient.newBuilder()
			.cookieHandler(new Jar())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		var start = session.text(stack.portal("/oauth2/authorization/keycloak").GET().build());
		expect(start.statusCode() == 302, "the portal sends " + user + " to Keycloak", start);
		var form = session.text(HttpRequest.newBuilder(URI.create(location(start))).GET().build());
		var action = LOGIN_FORM.matcher(form.body());
		expect(form.statusCode() == 200 && action.find(), "Keycloak's login form", form);
		var post = session.text(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId="))
			.build());
		expect(post.statusCode() == 302 && location(post).contains("/login/oauth2/code/"), "Keycloak accepts " + user, post);
		var code = session.text(HttpRequest.newBuilder(URI.create(location(post))).GET().build());
		expect(code.statusCode() == 302 && !location(code).contains("error"), "the portal takes the code", code);
		var check = session.text(stack.portal(page).GET().build());
		expect(check.statusCode() == 200, user + " reads " + page, check);
		return session;
	}

	HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> text(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static void expect(boolean condition, String what, HttpResponse<?> response) {
		if (!condition) {
			throw new IllegalStateException("expected " + what + ", got " + response.statusCode() + " from " + response.uri()
					+ " " + location(response));
		}
	}

	/**
	 * Cookies per server (host and port), sent back as a browser does: Keycloak marks its cookies {@code Secure}
	 * even on http://127.0.0.1, which browsers accept there but {@link java.net.CookieManager} never sends over HTTP.
	 */
	private static final class Jar extends CookieHandler {

		private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
			var own = cookies.get(uri.getAuthority());
			if (own == null || own.isEmpty()) {
				return Map.of();
			}
			return Map.of("Cookie", List.of(String.join("; ",
					own.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())));
		}

		@Override
		public void put(URI uri, Map<String, List<String>> headers) {
			var own = cookies.computeIfAbsent(uri.getAuthority(), a -> new ConcurrentHashMap<>());
			headers.forEach((name, values) -> {
				if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
					for (var value : values) {
						var pair = value.split(";", 2)[0];
						int eq = pair.indexOf('=');
						if (eq <= 0) {
							continue;
						}
						var key = pair.substring(0, eq).strip();
						var cookie = pair.substring(eq + 1).strip();
						if (cookie.isEmpty() || value.toLowerCase(Locale.ROOT).contains("max-age=0")) {
							own.remove(key);
						}
						else {
							own.put(key, cookie);
						}
					}
				}
			});
		}
	}
}
