package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda's web applications and their engine API (every task and process variable) are for Gongkai
 * administrators signed in through Keycloak: applicants and clerks are refused with their tokens and
 * their page sessions, the anonymous are sent to the sign-in, Camunda's password login is closed even
 * for an engine account that exists, and the session cookie carries one SameSite attribute. The page
 * sign-in is the real OIDC code flow against Keycloak, spoken in HTTP.
 */
class CamundaWebappIT extends PortalIT {

	private static final String COCKPIT = "/camunda/app/cockpit/";

	private static final String TASKS = "/camunda/api/engine/engine/default/task";

	private static final String PASSWORD_LOGIN = "/camunda/api/admin/auth/user/default/login/cockpit";

	private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]* action=\"([^\"]+)\"");

	@Autowired
	IdentityService identities;

	@Test
	void theAnonymousAreSentToTheSignIn() {
		var anonymous = new Session();
		for (var path : List.of(COCKPIT, TASKS)) {
			var response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(location(response)).as(path).endsWith("/oauth2/authorization/keycloak");
		}
		assertThat(anonymous.post(PASSWORD_LOGIN, "username=camunda-admin&password=camunda-admin").statusCode())
			.isEqualTo(302);
	}

	@Test
	void applicantsAndClerksAreRefusedWithTokensAndSessions() {
		for (var user : List.of("applicant1", "clerk1")) {
			var token = RealServers.token(user);
			for (var path : List.of(COCKPIT, COCKPIT + "default/", TASKS)) {
				assertThat(get(path, token).status()).as(user + " token " + path).isEqualTo(403);
			}
			var session = signedIn(user);
			for (var path : List.of(COCKPIT, COCKPIT + "default/", TASKS)) {
				assertThat(session.get(path).statusCode()).as(user + " session " + path).isEqualTo(403);
			}
			assertThat(session.post(PASSWORD_LOGIN, "username=camunda-admin&password=camunda-admin").statusCode())
				.as(user + " signs in to Camunda with the old default account")
				.isEqualTo(403);
		}
	}

	@Test
	void administratorsComeInThroughKeycloak() {
		var admin = signedIn("admin");
		var cockpit = admin.get(COCKPIT + "default/");
		assertThat(cockpit.statusCode()).as(location(cockpit)).isEqualTo(200);
		assertThat(cockpit.body()).contains("Camunda Cockpit");
		var me = admin.get("/camunda/api/admin/auth/user/default");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"userId\":\"admin\"").contains("cockpit");
		var tasks = admin.get(TASKS);
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).startsWith("[");
		assertThat(admin.get("/camunda/api/engine/engine/default/user").body())
			.as("no engine account by default")
			.isEqualTo("[]");

		assertThat(get(TASKS, RealServers.token("admin")).status()).as("an administrator's token").isEqualTo(200);
	}

	@Test
	void noPasswordOpensCamundaAndTheEngineKeepsNoAccounts() {
		var admin = signedIn("admin");
		assertThat(admin.post(PASSWORD_LOGIN, "username=camunda-admin&password=camunda-admin").statusCode())
			.as("Camunda's password login, even for an administrator")
			.isEqualTo(403);
		var cockpit = admin.get(COCKPIT + "default/");
		assertThat(cockpit.statusCode()).as("no first-start setup page: " + location(cockpit)).isEqualTo(200);
		assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"admin\"");
		assertThat(identities.isReadOnly()).as("no engine account can be created").isTrue();
		assertThat(identities.createUserQuery().count()).isZero();
	}

	@Test
	void theSessionCookieHasOneSameSite() {
		// the session Camunda starts for a token without a cookie
		var response = new Session().get(TASKS, RealServers.token("admin"));
		assertThat(response.statusCode()).isEqualTo(200);
		var cookies = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
		assertThat(cookies).isNotEmpty();
		assertThat(cookies).allSatisfy(cookie -> assertThat(cookie.split("SameSite=", -1)).as(cookie).hasSize(2));
	}

	/** Signs in as a Keycloak user the way a browser does: the portal's OIDC code flow. */
	private Session signedIn(String user) {
		var session = new Session();
		var response = session.get("/oauth2/authorization/keycloak");
		assertThat(response.statusCode()).isEqualTo(302);
		var page = session.send(HttpRequest.newBuilder(URI.create(location(response))).GET());
		assertThat(page.statusCode()).as("Keycloak's sign-in page").isEqualTo(200);
		var form = LOGIN_FORM.matcher(page.body());
		assertThat(form.find()).as("Keycloak's sign-in form").isTrue();
		var action = form.group(1).replace("&amp;", "&");
		response = session.send(HttpRequest.newBuilder(URI.create(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(user))));
		assertThat(response.statusCode()).as("Keycloak accepts " + user).isEqualTo(302);
		response = session.send(HttpRequest.newBuilder(URI.create(location(response))).GET());
		assertThat(response.statusCode()).as("the portal takes the code").isEqualTo(302);
		assertThat(location(response)).doesNotContain("error");
		return session;
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/**
	 * A browser's cookie jar, per host and port (the portal's session, Keycloak's login cookies). By
	 * hand: Keycloak marks its cookies Secure, which java.net.CookieManager never sends over plain
	 * HTTP, while browsers do to 127.0.0.1.
	 */
	private final class Session {

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, Map<String, String>> cookies = new HashMap<>();

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
		}

		HttpResponse<String> get(String path, String token) {
			return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token).GET());
		}

		HttpResponse<String> post(String path, String form) {
			return send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		HttpResponse<String> send(HttpRequest.Builder builder) {
			var request = builder.timeout(Duration.ofSeconds(30)).build();
			var jar = cookies.computeIfAbsent(request.uri().getAuthority(), authority -> new LinkedHashMap<>());
			if (!jar.isEmpty()) {
				var header = new StringJoiner("; ");
				jar.forEach((name, value) -> header.add(name + "=" + value));
				request = HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", header.toString()).build();
			}
			try {
				var response = http.send(request, HttpResponse.BodyHandlers.ofString());
				for (var cookie : response.headers().allValues("Set-Cookie")) {
					var pair = cookie.split(";", 2)[0];
					var name = pair.substring(0, pair.indexOf('=')).strip();
					var value = pair.substring(pair.indexOf('=') + 1).strip();
					if (value.isEmpty() || cookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
						jar.remove(name);
					}
					else {
						jar.put(name, value);
					}
				}
				return response;
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
