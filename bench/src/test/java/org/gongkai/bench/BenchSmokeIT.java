package org.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The harness cannot rot: a smoke run (a few hundred items, seconds per load) of every workload against
 * the built portal jar on MariaDB, the real Elasticsearch and Keycloak. It asserts only that each workload
 * ran, answered without a single error and was written to the results, not how fast anything was.
 */
class BenchSmokeIT {

	@Test
	void everyWorkloadRunsWithoutErrorsAndIsWritten() throws Exception {
		var directory = Path.of("target", "bench-smoke");
		var options = BenchOptions.parse("--smoke", "--results", directory.toString(), "--portal-jar",
				System.getProperty("gongkai.portal.jar", "../portal/target/gongkai-portal.jar"));

		var results = Bench.run(options);

		var measured = results.measured();
		assertThat(measured).as("every measurement").allSatisfy(m -> {
			assertThat(m.errors()).as(m.workload()).isEmpty();
			assertThat(m.ok()).as(m.workload()).isPositive();
		});
		var workloads = measured.stream().map(Measured::workload).collect(Collectors.joining("\n"));
		assertThat(workloads).contains("calibration: portal liveness probe", "calibration: database single-row commits",
				"G1 citizens submit requests", "G1 raw runtimeService.startProcessInstanceByKey",
				"G1 raw process start capacity", "G5 portal search", "G5 raw ES, same queries", "G5 portal search capacity",
				"G5 raw ES capacity", "G6 page 1", "by cursor", "G7 portal rebuild", "G7 raw: ES _bulk",
				"G2 staff complete tasks (portal API)", "G2 portal task completion capacity", "G2 raw taskService.complete",
				"G2 raw taskService.complete capacity", "G4 final approval until found by public search",
				"G4 raw: index (refresh=wait_for) until found", "G4 raw: index, _refresh, until found",
				"G8 portal resident memory", "G9 first start", "G9 restart to ready",
				"G10 annual reports count the generated requests", "G10 annual report, computed (portal)",
				"G10 annual report queries (raw JDBC)", "G10 statistics, computed (portal)", "G10 statistics queries (raw JDBC)",
				"G10 register page 1 with filters (portal)", "G10 register count + page queries (raw JDBC)",
				"G10 register XLSX export of the year (portal)", "G10 register export rows read (raw JDBC)");
		var json = results.file();
		assertThat(json.getFileName().toString()).endsWith("-smoke.json");
		var written = new ObjectMapper().readTree(json.toFile());
		assertThat(written.path("measurements")).hasSize(measured.size());
		assertThat(written.path("settings").path("workloads")).hasSize(BenchOptions.ALL.size());
		assertThat(Path.of(json.toString().replace(".json", ".md"))).content().contains("| G5 portal search | open |");
		var alias = "bench-" + options.database().replace('_', '-');
		var left = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(options.esUrl() + "/_cat/indices/" + alias + "*?h=index")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(left.body()).as("indices the run left in Elasticsearch").isBlank();
	}
}
