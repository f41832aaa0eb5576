package org.gongkai.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the benchmark: a fresh database, the portal started on it, generated data, the portal's own
 * rebuild of the search index, the calibration and each chosen workload, and the results written; then
 * the portal stopped and the database and indices dropped. {@code deploy/gongkai bench} runs it.
 */
public final class Bench {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Bench() {
	}

	public static void main(String[] arguments) throws Exception {
		BenchOptions options;
		try {
			options = BenchOptions.parse(arguments);
		}
		catch (IllegalArgumentException e) {
			System.err.println("bench: " + e.getMessage() + " (see bench/README.md)");
			System.exit(2);
			return;
		}
		var results = run(options);
		long errors = results.measured().stream().mapToLong(Measured::errorCount).sum();
		System.exit(errors == 0 ? 0 : 1);
	}

	/** One run with {@code options}; the results are written when it returns. */
	static Results run(BenchOptions options) throws Exception {
		var results = new Results(options.describe());
		results.writeTo(options.results(), commit(), options.label());
		var alias = "bench-" + options.database().replace('_', '-');
		try (var database = new BenchDatabase(options); var portal = new PortalProcess(options, database, alias)) {
			results.add(Measured.time("G9 first start, empty database", portal.start()));
			var stack = new Stack(options, database, portal, alias, results);
			try {
				workloads(stack);
			}
			finally {
				var file = results.write();
				System.out.println("bench: results in " + file.toAbsolutePath());
				// stopped first: a running portal recreates a missing index of its alias
				portal.close();
				if (options.keepDatabase()) {
					System.out.println("bench: kept the database " + options.database() + " and the index behind the alias " + alias);
				}
				else {
					dropIndices(stack);
				}
			}
		}
		return results;
	}

	private static void workloads(Stack stack) throws Exception {
		var options = stack.options;
		List<String> agencies;
		try (var connection = stack.database.connect()) {
			if (options.reuseData()) {
				stack.results.fact("data reused from a kept run: catalogue items", count(connection, "select count(*) from catalogue_item"));
			}
			else {
				long start = System.nanoTime();
				long attachments = new CatalogueGenerator(options.seed(), CatalogueGenerator.today()).generate(connection,
						options.items());
				stack.results.add(Measured.single("data: catalogue items written by JDBC (items/s)", options.items(),
						(System.nanoTime() - start) / 1e9));
				stack.results.fact("attachments generated", attachments);
			}
			agencies = agencyNames(connection);
		}
		var rebuild = new CatalogueRebuild(stack);
		if (!options.reuseData()) {
			rebuild.rebuild();
			rebuild.settle();
		}
		new Calibration(stack).run();
		if (options.runs("G5")) {
			new CatalogueSearchWorkload(stack).run(agencies);
		}
		if (options.runs("G6")) {
			new DeepPaging(stack).run();
		}
		if (options.runs("G1")) {
			new CitizenSubmissions(stack).run();
		}
		if (options.runs("G8")) {
			stack.results.add(Measured.value("G8 portal resident memory after the loads (MB)",
					Math.round(stack.portal.residentMegabytes())));
			stack.results.fact("G8 of it anonymous (RssAnon, MB)", Math.round(stack.portal.statusMegabytes("RssAnon")));
			stack.results.fact("G8 of it mapped files (RssFile, MB)", Math.round(stack.portal.statusMegabytes("RssFile")));
			stack.portal.nativeMemoryMegabytes()
				.forEach((category, megabytes) -> stack.results.fact("G8 committed by the JVM (NMT): " + category + " (MB)", megabytes));
		}
		// after G8, whose figure stays that of the loads G5, G6 and G1
		if (options.runs("G2")) {
			new StaffCompletions(stack).run();
		}
		if (options.runs("G4")) {
			new ApprovalToSearch(stack).run();
		}
		if (options.runs("G10")) {
			new YearOfRequests(stack).run();
		}
		if (options.runs("G7")) {
			rebuild.raw();
		}
		if (options.runs("G9")) {
			stack.portal.close();
			stack.results.add(Measured.time("G9 restart to ready, filled database", stack.portal.start()));
		}
	}

	private static long count(java.sql.Connection connection, String query) throws SQLException {
		try (var statement = connection.createStatement(); var rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static List<String> agencyNames(java.sql.Connection connection) throws SQLException {
		var names = new ArrayList<String>();
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select name from department order by code")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	/** The indices behind the run's alias and its rebuild alias: a node holds a limited number of shards. */
	private static void dropIndices(Stack stack) throws InterruptedException {
		try {
			dropIndices(stack, List.of(stack.alias, stack.alias + "-rebuild"));
		}
		catch (IOException e) {
			System.err.println("bench: could not delete the run's indices (" + e + "); delete " + stack.alias + "-* by hand");
		}
	}

	private static void dropIndices(Stack stack, List<String> aliases) throws IOException, InterruptedException {
		for (var alias : aliases) {
			var response = stack.http.send(stack.elasticsearch("/_alias/" + alias).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				var indices = JSON.readTree(response.body()).fieldNames();
				while (indices.hasNext()) {
					var index = indices.next();
					stack.http.send(stack.elasticsearch("/" + index).DELETE().build(), HttpResponse.BodyHandlers.discarding());
				}
			}
		}
	}

	/** The short commit of the working directory, {@code unknown} outside a checkout. */
	private static String commit() {
		try {
			var git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
			var out = new String(git.getInputStream().readAllBytes()).strip();
			return git.waitFor() == 0 && out.matches("[0-9a-f]+") ? out : "unknown";
		}
		catch (IOException e) {
			return "unknown";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

}
