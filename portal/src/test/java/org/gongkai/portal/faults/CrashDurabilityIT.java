package org.gongkai.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.gongkai.portal.RealServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every disclosure request answered 201 survives {@code kill -9} of the portal: six citizens file
 * requests through the API, the portal process is killed with SIGKILL while they do, started again on
 * the same database, and each accepted request is there with its title. On the embedded default (an H2
 * file in a fresh home directory, the URL of {@code application.yml}) and on MariaDB.
 */
class CrashDurabilityIT {

	private static final int CLIENTS = 6;

	@TempDir
	Path home;

	@Test
	void everyAcceptedRequestSurvivesKillOnTheEmbeddedDatabase() throws Exception {
		try (var portal = new PortalProcess("crash-h2", Map.of("GONGKAI_HOME", home.toString()), Map.of())) {
			loadKillRestartAndCount(portal);
		}
	}

	@Test
	void everyAcceptedRequestSurvivesKillOnMariaDb() throws Exception {
		var database = FaultDatabases.freshMariaDb("gongkai_it_crash");
		try (var portal = new PortalProcess("crash-mariadb", Map.of("SPRING_PROFILES_ACTIVE", "mysql"), database)) {
			loadKillRestartAndCount(portal);
		}
	}

	private static void loadKillRestartAndCount(PortalProcess portal) throws Exception {
		portal.start();
		Map<Long, String> accepted;
		Map<Integer, Integer> refused;
		try (var citizens = new Submissions(portal.url(""), RealServers.token("applicant1"), CLIENTS)) {
			citizens.awaitAccepted(30, Duration.ofSeconds(90));
			Thread.sleep(3_000);
			portal.kill();
			citizens.close();
			accepted = citizens.accepted();
			refused = citizens.refused();
		}
		assertThat(accepted).as("requests accepted before the kill (others: %s)", refused).hasSizeGreaterThan(20);
		System.out.printf("%s: %d requests answered 201 before kill -9, other answers %s%n", portal, accepted.size(),
				refused);

		portal.start();
		var lost = Submissions.missing(portal.url(""), RealServers.token("applicant1"), accepted);
		assertThat(lost).as("of %d requests answered 201 before kill -9, these are gone after the restart",
				accepted.size())
			.isEmpty();
	}
}
