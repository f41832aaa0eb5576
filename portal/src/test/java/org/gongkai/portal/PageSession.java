package org.gongkai.portal;

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
 * A browser's session of the portal without a browser, for integration tests over plain HTTP: signs a
 * Keycloak user in the way a browser does (the portal's OIDC code flow, credentials posted to Keycloak's
 * {@code kc-form-login}), keeps the cookies per server and the session's CSRF token. Redirects are never
 * followed, so answers can be asserted as they come.
 */
public final class PageSession {

	private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final Jar jar;

	private final HttpClient http;

	private final String base;

	private String csrf;

	private PageSession(String base) {
		this.base = base;
		this.jar = new Jar();
		this.http = HttpClient.newBuilder()
			.cookieHandler(jar)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private PageSession(String base, HttpClient http, Jar jar) {
		this.base = base;
		this.http = http;
		this.jar = jar;
	}

	/** A session with no one signed in; {@code base} is the portal's root URL without the trailing slash. */
	public static PageSession anonymous(String base) {
		return new PageSession(base);
	}

	/**
	 * Signs {@code user} in (password = user name) through Keycloak's login form and reads the CSRF token
	 * from the portal's home page.
	 */
	public static PageSession signIn(String base, String user) {
		return signIn(base, user, "/");
	}

	/** Signs {@code user} in and reads the CSRF token from the portal page {@code csrfPage}. */
	public static PageSession signIn(String base, String user, String csrfPage) {
		var session = new PageSession(base);
		var start = session.get("/oauth2/authorization/keycloak");
		expect(start.statusCode() == 302, "the portal sends " + user + " to Keycloak", start);
		var page = session.send(HttpRequest.newBuilder(URI.create(location(start))).GET());
		var form = LOGIN_FORM.matcher(page.body());
		expect(page.statusCode() == 200 && form.find(), "Keycloak's login form for " + user, page);
		var post = session.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId=")));
		expect(post.statusCode() == 302 && location(post).contains("/login/oauth2/code/"),
				"Keycloak accepts " + user + " and sends a code", post);
		var code = session.send(HttpRequest.newBuilder(URI.create(location(post))).GET());
		expect(code.statusCode() == 302 && !location(code).contains("error"), "the portal takes the code for " + user,
				code);
		var withToken = session.get(csrfPage);
		var token = CSRF.matcher(withToken.body());
		expect(token.find(), user + " signed in and " + csrfPage + " carries a CSRF token", withToken);
		session.csrf = token.group(1) != null ? token.group(1) : token.group(2);
		return session;
	}

	/**
	 * The same browser sent to another portal node (as a load balancer in front of both would): the same
	 * cookies and CSRF token, at {@code otherBase}.
	 */
	public PageSession at(String otherBase) {
		var moved = new PageSession(otherBase, http, jar);
		jar.copy(URI.create(base).getAuthority(), URI.create(otherBase).getAuthority());
		moved.csrf = csrf;
		return moved;
	}

	/** The session's CSRF token, for a {@code _csrf} field or the {@code X-CSRF-TOKEN} header; null if anonymous. */
	public String csrf() {
		return csrf;
	}

	/** The session's client: its cookies, no redirects followed. */
	public HttpClient client() {
		return http;
	}

	public String url(String path) {
		return path.startsWith("http") ? path : base + path;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
	}

	/** A GET with a bearer token besides the session's cookies. */
	public HttpResponse<String> get(String path, String token) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token).GET());
	}

	public HttpResponse<byte[]> getBytes(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A form POST with the session's cookies only: the caller puts {@code _csrf} in the form if it wants one. */
	public HttpResponse<String> postForm(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Sends a request with the session's cookies and its CSRF token as a header. */
	public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
		var builder = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (csrf != null) {
			builder.header("X-CSRF-TOKEN", csrf);
		}
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder);
	}

	/** Sends any request with the session's cookies. */
	public HttpResponse<String> send(HttpRequest.Builder builder) {
		return send(builder, HttpResponse.BodyHandlers.ofString());
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
		var request = builder.timeout(Duration.ofSeconds(60)).build();
		try {
			return http.send(request, body);
		}
		catch (IOException e) {
			throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static void expect(boolean condition, String what, HttpResponse<?> response) {
		if (!condition) {
			throw new AssertionError("Expected " + what + ", got " + response.statusCode() + " from " + response.uri()
					+ " " + location(response));
		}
	}

	/**
	 * Cookies per server (host and port), sent back as a browser does: Keycloak marks its cookies
	 * {@code Secure} even on http://127.0.0.1, which browsers accept there but {@link java.net.CookieManager}
	 * never sends over plain HTTP.
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

		/** The cookies of one server, given to another too (the same browser, another node behind one address). */
		void copy(String fromAuthority, String toAuthority) {
			cookies.computeIfAbsent(toAuthority, a -> new ConcurrentHashMap<>())
				.putAll(cookies.getOrDefault(fromAuthority, Map.of()));
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
