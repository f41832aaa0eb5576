package org.gongkai.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one benchmark run does, from {@code --name=value} arguments (see bench/README.md for each). The
 * servers come from the same variables the portal reads ({@code GONGKAI_ES_URL}, {@code GONGKAI_KEYCLOAK_URL},
 * {@code GONGKAI_MYSQL_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD}).
 *
 * @param workloads the ids to run (G1, G2, G4, G5, G6, G7, G8, G9, G10; calibration always runs)
 * @param items catalogue items to generate (on top of the demo's hand-written ones)
 * @param queries distinct search queries G5 draws from
 * @param seconds measured seconds of each load
 * @param warmupSeconds unmeasured seconds of the same load before each measured one
 * @param searchRate G5's calls per second (open model), portal and raw alike
 * @param submitRate G1's submissions per second
 * @param pagingRate G6's page requests per second, page 1 and the deep page alike
 * @param completeRate G2's task completions per second, portal and raw engine alike
 * @param approvals G4's items approved one after the other until found by search
 * @param connections connections of the capacity (closed-model) runs
 * @param deepPage the page G6 reads by cursor (fewer if the data has fewer pages)
 * @param database MariaDB database of the run, created afresh and dropped at the end unless {@code keepDatabase}
 * @param portalJavaOptions JVM options of the portal process
 * @param historyLevel Camunda's history level for the run ({@code full}, {@code audit}, ...)
 * @param requests G10's finished disclosure requests generated for last year
 * @param portalCds a class-data-sharing archive of the portal jar ({@code deploy/gongkai} makes it as for
 *        {@code up}), or null to start the jar without one
 * @param rawItems at most this many items in G7's raw parts (0: all): their rates per item need no more
 *        than a sample of a million
 * @param portalJava the java that runs the portal (default: the harness's own)
 * @param reuseData run on the database and index a run with {@code keepDatabase} left (no generation, no
 *        rebuild; implies {@code keepDatabase}; not with G7 or G10, which write data of their own)
 * @param searchBudget the portal's time budget of a catalogue search ({@code GONGKAI_SEARCH_BUDGET}), in G5's raw
 *        requests too; zero: none
 */
record BenchOptions(Set<String> workloads, int items, int queries, int seconds, int warmupSeconds, double searchRate,
		double submitRate, double pagingRate, double completeRate, int approvals, int connections, int deepPage, String database, boolean keepDatabase,
		Path portalJar, List<String> portalJavaOptions, String historyLevel, Path results, String label, long seed,
		String esUrl, String keycloakUrl, String mysqlHost, int mysqlPort, String mysqlUser, String mysqlPassword,
		int requests, Path portalCds, int rawItems, String portalJava, boolean reuseData, Duration searchBudget) {

	/** Every workload the harness implements. */
	static final List<String> ALL = List.of("G1", "G2", "G4", "G5", "G6", "G7", "G8", "G9", "G10");

	static BenchOptions parse(String... arguments) {
		var given = new LinkedHashMap<String, String>();
		for (int i = 0; i < arguments.length; i++) {
			var argument = arguments[i];
			if (!argument.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument " + argument + " (options are --name=value)");
			}
			var name = argument.substring(2);
			if (name.contains("=")) {
				given.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
			}
			else if (name.equals("smoke") || name.equals("keep-database") || name.equals("reuse-data")) {
				given.put(name, "true");
			}
			else if (i + 1 < arguments.length) {
				given.put(name, arguments[++i]);
			}
			else {
				throw new IllegalArgumentException("--" + name + " needs a value");
			}
		}
		boolean smoke = Boolean.parseBoolean(given.remove("smoke"));
		var values = new Values(given, smoke);
		var options = new BenchOptions(Set.copyOf(List.of(values.text("workloads", String.join(",", ALL), null).split(","))),
				values.integer("items", 100_000, 400), values.integer("queries", 1000, 60), values.integer("seconds", 60, 4),
				values.integer("warmup-seconds", 10, 1), values.decimal("search-rate", 50, 20),
				values.decimal("submit-rate", 150, 10), values.decimal("paging-rate", 50, 10),
				values.decimal("complete-rate", 120, 10), values.integer("approvals", 100, 5),
				values.integer("connections", 4, 2), values.integer("deep-page", 200, 200),
				values.text("database", "gongkai_bench", "gongkai_bench_smoke_p" + ProcessHandle.current().pid()),
				Boolean.parseBoolean(values.text("keep-database", "false", null)) || Boolean.parseBoolean(given.get("reuse-data")),
				Path.of(values.text("portal-jar", System.getProperty("gongkai.portal.jar", "portal/target/gongkai-portal.jar"), null)),
				List.of(values.text("portal-java-opts", "-Xms256m -Xmx1g", null).trim().split("\\s+")),
				values.text("history-level", "audit", null), Path.of(values.text("results", "bench/results", null)),
				values.text("label", smoke ? "smoke" : "", null), Long.parseLong(values.text("seed", "20261206", null)),
				env("GONGKAI_ES_URL", "http://127.0.0.1:9200"), env("GONGKAI_KEYCLOAK_URL", "http://127.0.0.1:8180"),
				env("GONGKAI_MYSQL_HOST", "127.0.0.1"), Integer.parseInt(env("GONGKAI_MYSQL_PORT", "3306")),
				env("GONGKAI_MYSQL_USER", "root"), env("GONGKAI_MYSQL_PASSWORD", ""),
				values.integer("requests", 50_000, 300), cds(values.text("portal-cds", "", null)),
				values.integer("raw-items", 0, 0),
				values.text("portal-java", ProcessHandle.current().info().command().orElse("java"), null),
				Boolean.parseBoolean(values.text("reuse-data", "false", null)),
				duration("search-budget", values.text("search-budget", "1s", null)));
		if (!given.isEmpty()) {
			throw new IllegalArgumentException("unknown option(s): " + given.keySet());
		}
		for (var workload : options.workloads()) {
			if (!ALL.contains(workload)) {
				throw new IllegalArgumentException("unknown workload " + workload + "; known: " + ALL);
			}
		}
		if (options.reuseData() && (options.runs("G7") || options.runs("G10"))) {
			throw new IllegalArgumentException("--reuse-data runs on a kept catalogue: G7 and G10 write data of their own");
		}
		return options;
	}

	/** {@code 500ms}, {@code 2s} or {@code 0}, as the portal's setting is written. */
	static Duration duration(String option, String value) {
		var matcher = java.util.regex.Pattern.compile("(\\d+)(ms|s)?").matcher(value.trim());
		if (!matcher.matches() || (matcher.group(2) == null && Long.parseLong(matcher.group(1)) != 0)) {
			throw new IllegalArgumentException("--" + option + " takes 500ms, 2s or 0, not " + value);
		}
		long amount = Long.parseLong(matcher.group(1));
		return "ms".equals(matcher.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
	}

	boolean runs(String workload) {
		return workloads.contains(workload);
	}

	/** The settings that shape the results, written beside them. */
	Map<String, Object> describe() {
		var settings = new LinkedHashMap<String, Object>();
		settings.put("workloads", ALL.stream().filter(this::runs).toList());
		settings.put("items", items);
		settings.put("requests", requests);
		settings.put("queries", queries);
		settings.put("secondsPerLoad", seconds);
		settings.put("warmupSeconds", warmupSeconds);
		settings.put("searchRate", searchRate);
		settings.put("submitRate", submitRate);
		settings.put("pagingRate", pagingRate);
		settings.put("completeRate", completeRate);
		settings.put("approvals", approvals);
		settings.put("connections", connections);
		settings.put("deepPage", deepPage);
		settings.put("g7RawItems", rawItems == 0 ? "all" : rawItems);
		settings.put("portalJavaOptions", String.join(" ", portalJavaOptions));
		settings.put("portalJava", portalJava);
		settings.put("portalClassDataSharing", portalCds == null ? "none" : portalArchiveOption());
		settings.put("historyLevel", historyLevel);
		settings.put("reuseData", reuseData);
		settings.put("searchBudget", searchBudget.isZero() ? "none" : searchBudget.toMillis() + " ms");
		settings.put("database", "MariaDB/MySQL at " + mysqlHost + ":" + mysqlPort);
		settings.put("seed", seed);
		return settings;
	}

	/**
	 * The JVM option that starts the portal with {@link #portalCds}: {@code deploy/gongkai} names a JDK 25
	 * AOT cache {@code *.aot}, a CDS archive {@code *.jsa}.
	 */
	String portalArchiveOption() {
		return (portalCds.toString().endsWith(".aot") ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + portalCds;
	}

	private static Path cds(String archive) {
		return archive.isBlank() ? null : Path.of(archive);
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** The given values, each removed once read; a default for a full run and one for a smoke run. */
	private record Values(Map<String, String> given, boolean smoke) {

		String text(String name, String full, String smokeValue) {
			var value = given.remove(name);
			if (value != null) {
				return value;
			}
			return smoke && smokeValue != null ? smokeValue : full;
		}

		int integer(String name, int full, int smokeValue) {
			return Integer.parseInt(text(name, String.valueOf(full), String.valueOf(smokeValue)));
		}

		double decimal(String name, double full, double smokeValue) {
			return Double.parseDouble(text(name, String.valueOf(full), String.valueOf(smokeValue)));
		}
	}
}
