package org.gongkai.portal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongkai.portal.PortalIT;
import org.gongkai.portal.RealServers;
import org.gongkai.portal.request.RequestApiIT;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.RequestStatus;

/**
 * What an operator's tools see: the Prometheus scrape (an administrator's token only) with the business
 * gauges following the data, the liveness and readiness groups, and the request id on every answer.
 */
class ObservabilityIT extends PortalIT {

	private static final Path OBSERVABILITY = Path.of("../deploy/observability");

	@Autowired
	BusinessMetrics metrics;

	@Autowired
	DisclosureRequests requests;

	@Test
	void theScrapeAnswersAnAdministratorsTokenOnly() {
		assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", RealServers.token("clerk1")).status()).isEqualTo(403);
		assertThat(get("/actuator/metrics", RealServers.token("applicant1")).status()).isEqualTo(403);
		var scrape = get("/actuator/prometheus", RealServers.token("admin"));
		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.text()).contains("jvm_memory_used_bytes", "http_server_requests_seconds",
				"gongkai_outbox_backlog{", "topic=\"mail\"", "topic=\"search\"", "gongkai_outbox_oldest_age_seconds{",
				"gongkai_jobs_due", "gongkai_jobs_failed", "gongkai_incidents", "gongkai_requests_overdue");
	}

	@Test
	void everyGongkaiMetricTheDashboardAndTheAlertsUseIsScraped() throws Exception {
		var scrape = get("/actuator/prometheus", RealServers.token("admin")).text();
		var used = new java.util.TreeSet<String>();
		for (var file : java.util.List.of("alert-rules.yaml", "grafana-dashboard.json")) {
			var matcher = Pattern.compile("gongkai_[a-z_]+").matcher(Files.readString(OBSERVABILITY.resolve(file)));
			while (matcher.find()) {
				used.add(matcher.group());
			}
		}
		assertThat(used).contains("gongkai_requests_open", "gongkai_outbox_backlog", "gongkai_jobs_failed");
		assertThat(used).allSatisfy(name -> assertThat(scrape).as(name).containsPattern("(?m)^" + name + "[{ ]"));
	}

	@Test
	void theRequestGaugesFollowTheDatabase() {
		var admin = RealServers.token("admin");
		metrics.forget();
		double before = value(get("/actuator/prometheus", admin).text(), "gongkai_requests_open", "SUBMITTED");
		assertThat(before).as("the gauge counts the database's submitted requests")
			.isEqualTo(requests.findAll().stream().filter(r -> r.getStatus() == RequestStatus.SUBMITTED).count());

		var filed = post("/api/requests", RealServers.token("applicant1"), RequestApiIT.application());
		assertThat(filed.status()).as(filed.text()).isEqualTo(201);
		assertThat(value(get("/actuator/prometheus", admin).text(), "gongkai_requests_open", "SUBMITTED"))
			.as("within the cache's age the scrape shows the figures read before").isEqualTo(before);
		metrics.forget();
		assertThat(value(get("/actuator/prometheus", admin).text(), "gongkai_requests_open", "SUBMITTED"))
			.isEqualTo(before + 1);
	}

	@Test
	void livenessAndReadinessAreGroupsOfTheirOwn() {
		var liveness = get("/actuator/health/liveness", null);
		assertThat(liveness.status()).isEqualTo(200);
		assertThat(liveness.json().path("status").asText()).isEqualTo("UP");
		var readiness = get("/actuator/health/readiness", null);
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().path("status").asText()).isEqualTo("UP");
		assertThat(readiness.json().path("components").has("db")).as(readiness.text()).isTrue();
		assertThat(readiness.json().path("components").has("elasticsearch"))
			.as("search being down must not take a node out of the load balancer").isFalse();
	}

	@Test
	void everyAnswerCarriesItsRequestId() throws Exception {
		var client = HttpClient.newHttpClient();
		var given = client.send(HttpRequest.newBuilder(URI.create(url("/guide"))).header("X-Request-Id", "lb-4711").build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(given.headers().firstValue("X-Request-Id")).hasValue("lb-4711");
		var unsafe = client.send(
				HttpRequest.newBuilder(URI.create(url("/guide"))).header("X-Request-Id", "a b\"<script>").build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(unsafe.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f-]{36}");
		var none = client.send(HttpRequest.newBuilder(URI.create(url("/api/calendar/deadline?from=2026-01-05&workingDays=20"))).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(none.headers().firstValue("X-Request-Id")).isPresent();
	}

	/** The value of a gauge's line with the given status label. */
	private static double value(String scrape, String name, String status) {
		var line = Pattern.compile("^" + name + "\\{[^}]*status=\"" + status + "\"[^}]*\\} (\\S+)$", Pattern.MULTILINE)
			.matcher(scrape);
		assertThat(line.find()).as(name + " " + status + " in\n" + scrape).isTrue();
		return Double.parseDouble(line.group(1));
	}
}
