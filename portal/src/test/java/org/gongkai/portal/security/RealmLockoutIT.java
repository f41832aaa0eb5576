package org.gongkai.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The realm as {@code deploy/keycloak/gongkai-realm.json} imports it into the real Keycloak: an
 * account is locked for a while after ten wrong passwords (then even the right one gets no
 * token), and a new password must pass the realm's policy. Each test has a throwaway user of its
 * own, deleted afterwards; the demo users are never locked.
 */
class RealmLockoutIT {

	private static final String REALM = RealServers.KEYCLOAK_URL + "/admin/realms/gongkai";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String username = "it-lockout-" + UUID.randomUUID().toString().substring(0, 8);

	private final String password = "Lockout-" + UUID.randomUUID();

	private String admin;

	private String userId;

	@BeforeEach
	void throwawayUser() throws Exception {
		admin = masterAdminToken();
		var created = send(admin("/users").header("Content-Type", "application/json")
			.POST(json(Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", "锁",
					"lastName", "测试", "email", username + "@example.com", "credentials",
					new Object[] { Map.of("type", "password", "value", password, "temporary", false) }))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		var location = created.headers().firstValue("Location").orElseThrow();
		userId = location.substring(location.lastIndexOf('/') + 1);
	}

	@AfterEach
	void deleteUser() throws Exception {
		if (userId != null) {
			send(admin("/users/" + userId).DELETE());
		}
	}

	@Test
	void tenWrongPasswordsLockTheAccount() throws Exception {
		assertThat(token(username, password).statusCode()).as("the right password before").isEqualTo(200);
		for (int i = 0; i < 10; i++) {
			// more than a second apart: locked by the count of failures, not by the quick-succession check
			Thread.sleep(1100);
			var wrong = token(username, "wrong-" + i);
			assertThat(wrong.statusCode()).as(wrong.body()).isIn(400, 401);
		}
		// Keycloak counts failures on a queue of its own: wait until it has counted the ten (under load it lags)
		var counted = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (JSON.readTree(send(admin("/attack-detection/brute-force/users/" + userId).GET()).body())
			.path("numFailures")
			.asInt() < 10 && System.nanoTime() < counted) {
			Thread.sleep(200);
		}
		var locked = token(username, password);
		assertThat(locked.statusCode()).as("the right password after 10 wrong ones: " + locked.body()).isIn(400, 401);
		assertThat(locked.body()).doesNotContain("access_token");
		var status = JSON.readTree(send(admin("/attack-detection/brute-force/users/" + userId).GET()).body());
		assertThat(status.path("disabled").asBoolean()).as(status.toString()).isTrue();
		assertThat(status.path("numFailures").asInt()).as(status.toString()).isEqualTo(10);
	}

	@Test
	void aShortPasswordOrTheUserNameIsRefused() throws Exception {
		for (var weak : new String[] { "short7!", username }) {
			var reset = send(admin("/users/" + userId + "/reset-password").header("Content-Type", "application/json")
				.PUT(json(Map.of("type", "password", "value", weak, "temporary", false))));
			assertThat(reset.statusCode()).as(weak + ": " + reset.body()).isEqualTo(400);
		}
		assertThat(token(username, password).statusCode()).as("the old password still works").isEqualTo(200);
	}

	private static HttpResponse<String> token(String user, String secret) throws Exception {
		var form = "grant_type=password&client_id=gongkai-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
				+ "&password=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(RealServers.KEYCLOAK_URL + "/realms/gongkai/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private static String masterAdminToken() throws Exception {
		var response = send(HttpRequest
			.newBuilder(URI.create(RealServers.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("access_token").asText();
	}

	private HttpRequest.Builder admin(String path) {
		return HttpRequest.newBuilder(URI.create(REALM + path)).header("Authorization", "Bearer " + admin);
	}

	private static HttpRequest.BodyPublisher json(Object body) throws IOException {
		return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
