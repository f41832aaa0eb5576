package org.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Access tokens of the demo realm's users (password = user name) from the public {@code gongkai-cli} client. */
final class Tokens {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String keycloakUrl;

	Tokens(String keycloakUrl) {
		this.keycloakUrl = keycloakUrl;
	}

	/** A token for {@code user} that is fetched again when it is four minutes old (the realm's tokens live five). */
	Supplier<String> fresh(String user) throws IOException, InterruptedException {
		var first = of(user);
		var current = new AtomicReference<>(new Held(first, System.nanoTime()));
		return () -> {
			var held = current.get();
			if (System.nanoTime() - held.fetched() < TimeUnit.MINUTES.toNanos(4)) {
				return held.token();
			}
			try {
				var renewed = new Held(of(user), System.nanoTime());
				current.set(renewed);
				return renewed.token();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return held.token();
			}
		};
	}

	private record Held(String token, long fetched) {
	}

	String of(String user) throws IOException, InterruptedException {
		var form = "grant_type=password&client_id=gongkai-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
				+ "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
		var response = http.send(HttpRequest
			.newBuilder(URI.create(keycloakUrl + "/realms/gongkai/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
		}
		return JSON.readTree(response.body()).get("access_token").asText();
	}
}
