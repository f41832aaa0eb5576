package org.gongkai.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.portal.RealServers;
import org.gongkai.portal.catalogue.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One portal process that reaches MariaDB and Keycloak's signing keys only through proxies this test
 * cuts and restores, as their restart or a cut network looks to the portal, without disturbing the
 * shared servers. The database goes away under load: health goes DOWN, requests filed meanwhile are refused
 * with 503 (none falsely accepted), health comes back UP without restarting the portal, and every
 * request answered 201 is there. Keycloak goes away: the public catalogue and the tokens it issued
 * before keep working, past the interval at which the portal refreshes Keycloak's keys.
 */
class OutageIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The portal refreshes Keycloak's keys this often here (5 minutes by default). */
	private static final Duration KEYS_REFRESH = Duration.ofSeconds(3);

	private static TcpProxy database;

	private static TcpProxy keycloak;

	private static PortalProcess portal;

	@BeforeAll
	static void start() throws Exception {
		var settings = FaultDatabases.freshMariaDb("gongkai_it_outage");
		database = FaultDatabases.proxyFor(settings);
		database.start();
		var keycloakUrl = URI.create(RealServers.KEYCLOAK_URL);
		keycloak = new TcpProxy(keycloakUrl.getHost(), keycloakUrl.getPort());
		keycloak.start();
		var portalSettings = new LinkedHashMap<>(FaultDatabases.through(database, settings));
		// Keycloak names itself by its configured host name (the tokens' issuer) whatever address it is asked
		// at, so the portal keeps that address and reaches Keycloak's keys, all it needs of Keycloak to
		// accept a token, through the proxy
		portalSettings.put("gongkai.keycloak.keys.uri",
				"http://127.0.0.1:" + keycloak.port() + "/realms/gongkai/protocol/openid-connect/certs");
		portalSettings.put("gongkai.keycloak.keys.refresh", KEYS_REFRESH.toSeconds() + "s");
		portal = new PortalProcess("outage", Map.of("SPRING_PROFILES_ACTIVE", "mysql"), portalSettings);
		portal.start();
	}

	@AfterAll
	static void stop() throws Exception {
		if (portal != null) {
			portal.close();
		}
		database.close();
		keycloak.close();
	}

	@Test
	void theDatabaseGoesAwayUnderLoadAndComesBackWithoutLosingAnAcceptedRequest() throws Exception {
		var applicant = RealServers.token("applicant1");
		assertThat(portal.status("/actuator/health")).isEqualTo(200);
		Map<Long, String> accepted;
		Map<Integer, Integer> refused;
		try (var citizens = new Submissions(portal.url(""), applicant, 6)) {
			citizens.awaitAccepted(20, Duration.ofSeconds(90));
			database.stop();
			try {
				assertThat(eventually(Duration.ofSeconds(60), () -> portal.status("/actuator/health") == 503))
					.as("health DOWN while the database is away")
					.isTrue();
				var during = portal.post("/api/requests", applicant,
						JSON.writeValueAsString(Submissions.application("数据库中断期间提交的申请")));
				assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
				assertThat(during.headers().firstValue("Retry-After")).isPresent();
				assertThat(during.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(JSON.readTree(during.body()).get("type").asText()).endsWith("/database-unavailable");
			}
			finally {
				database.start();
			}
			assertThat(eventually(Duration.ofSeconds(60), () -> portal.status("/actuator/health") == 200))
				.as("health UP again, without a restart of the portal")
				.isTrue();
			citizens.awaitAccepted(citizens.acceptedCount() + 20, Duration.ofSeconds(60));
			citizens.close();
			accepted = citizens.accepted();
			refused = citizens.refused();
		}
		System.out.printf("database outage: %d requests answered 201, other answers %s%n", accepted.size(), refused);
		assertThat(refused.keySet()).as("answers other than 201 while the database was away").isSubsetOf(503);
		assertThat(Submissions.missing(portal.url(""), applicant, accepted))
			.as("of %d requests answered 201, these are gone", accepted.size())
			.isEmpty();
	}

	@Test
	void keycloakGoesAwayAndThePublicCatalogueAndIssuedTokensKeepWorking() throws Exception {
		// tokens issued before the outage
		var applicant = RealServers.token("applicant1");
		var editor = RealServers.token("editor1");
		keycloak.stop();
		try {
			// past the interval after which the keys are fetched again, which fails now
			Thread.sleep(KEYS_REFRESH.plusSeconds(1).toMillis());
			assertThat(portal.status("/")).isEqualTo(200);
			assertThat(portal.status("/catalogue")).isEqualTo(200);
			assertThat(portal.status("/api/catalogue/search?q=" + URLEncoder.encode("公开", StandardCharsets.UTF_8)))
				.isEqualTo(200);

			var filed = portal.post("/api/requests", applicant,
					JSON.writeValueAsString(Submissions.application("认证服务中断期间提交的申请")));
			assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
			long id = JSON.readTree(filed.body()).get("id").asLong();
			assertThat(portal.get("/api/requests/" + id, applicant).statusCode()).isEqualTo(200);
			assertThat(portal.get("/api/tasks", editor).statusCode()).isEqualTo(200);
			assertThat(portal.get("/api/requests", "not-a-token").statusCode()).as("a forged token is still refused")
				.isEqualTo(401);
		}
		finally {
			keycloak.start();
		}
	}

	private static boolean eventually(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(250);
		}
		return false;
	}
}
