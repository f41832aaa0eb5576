package org.gongkai.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The built portal jar as a separate process on the run's database, configured as production is
 * (the {@code mysql} profile, the real Elasticsearch and Keycloak), with the demo's agencies and users but
 * no generated items, and the benchmark's own address trusted by the anonymous rate limit
 * ({@code GONGKAI_RATE_LIMIT_TRUSTED}): the limit stays on for everyone else.
 */
final class PortalProcess implements AutoCloseable {

	/** The realm's secret of the confidential client {@code gongkai-portal} (deploy/keycloak/gongkai-realm.json). */
	private static final String CLIENT_SECRET = "gongkai-portal-secret";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final BenchOptions options;

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final int port;

	private final Path log;

	private Process process;

	private int starts;

	PortalProcess(BenchOptions options, BenchDatabase database, String alias) throws IOException {
		this.options = options;
		this.port = freePort();
		this.log = options.results().resolve("logs").resolve(options.database() + "-portal.log");
		Files.createDirectories(log.getParent());
		environment.put("SPRING_PROFILES_ACTIVE", "mysql");
		environment.put("GONGKAI_DB_URL", database.url());
		environment.put("GONGKAI_DB_USER", options.mysqlUser());
		environment.put("GONGKAI_DB_PASSWORD", options.mysqlPassword());
		environment.put("GONGKAI_PORT", String.valueOf(port));
		environment.put("GONGKAI_BIND", "127.0.0.1");
		environment.put("GONGKAI_ES_URL", options.esUrl());
		environment.put("GONGKAI_KEYCLOAK_URL", options.keycloakUrl());
		environment.put("GONGKAI_SEARCH_ALIAS", alias);
		environment.put("GONGKAI_DEMO", "true");
		environment.put("GONGKAI_DEMO_ITEMS", "0");
		environment.put("GONGKAI_OIDC_CLIENT_SECRET", CLIENT_SECRET);
		environment.put("GONGKAI_RATE_LIMIT_TRUSTED", "127.0.0.1,::1");
		environment.put("GONGKAI_SEARCH_BUDGET", options.searchBudget().toMillis() + "ms");
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	long pid() {
		return process.pid();
	}

	/** Starts the portal and returns the seconds until its readiness answered 200. */
	double start() throws IOException, InterruptedException {
		if (!Files.isRegularFile(options.portalJar())) {
			throw new IllegalStateException(options.portalJar().toAbsolutePath()
					+ " is missing: build it first (mvn -o -B -q -pl portal -am package -DskipTests)");
		}
		var command = new ArrayList<String>();
		command.add(options.portalJava());
		command.addAll(options.portalJavaOptions());
		if (options.portalCds() != null) {
			// as deploy/gongkai up starts it: the archive of the classes a training start loaded
			command.add(options.portalArchiveOption());
		}
		command.addAll(List.of("-jar", options.portalJar().toString(), "--gongkai.demo.requests=false",
				"--camunda.bpm.history-level=" + options.historyLevel()));
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile())
					: ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().keySet().removeIf(key -> key.startsWith("GONGKAI_") || key.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		long started = System.nanoTime();
		process = builder.start();
		awaitReady(Duration.ofMinutes(5));
		return (System.nanoTime() - started) / 1e9;
	}

	/** Stops the portal gracefully (SIGTERM), forcibly after 60 seconds. */
	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * What the JVM itself says its memory is committed to, in MB by category ({@code jcmd VM.native_memory
	 * summary}: Java Heap, Class, Thread, Code, GC, Internal, Other...; {@code Total} first), when the portal
	 * runs with {@code -XX:NativeMemoryTracking=summary}; empty otherwise. Resident memory beyond the total is
	 * the C heap of libraries outside the JVM's accounting (glibc's arenas among them).
	 */
	Map<String, Long> nativeMemoryMegabytes() throws IOException, InterruptedException {
		var tracked = new LinkedHashMap<String, Long>();
		if (options.portalJavaOptions().stream().noneMatch(option -> option.startsWith("-XX:NativeMemoryTracking="))) {
			return tracked;
		}
		var java = Path.of(options.portalJava());
		var jcmd = (java.getParent() != null) ? java.resolveSibling("jcmd").toString() : "jcmd";
		var jcmdProcess = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "VM.native_memory", "summary", "scale=KB")
			.redirectErrorStream(true)
			.start();
		var output = new String(jcmdProcess.getInputStream().readAllBytes());
		jcmdProcess.waitFor(30, TimeUnit.SECONDS);
		var line = Pattern.compile("(?m)^[-\\s]*([A-Za-z][A-Za-z ]*?)\\s*\\(reserved=\\d+KB, committed=(\\d+)KB");
		var total = Pattern.compile("(?m)^Total: reserved=\\d+KB, committed=(\\d+)KB").matcher(output);
		if (total.find()) {
			tracked.put("Total", Long.parseLong(total.group(1)) / 1024);
		}
		var matcher = line.matcher(output);
		while (matcher.find()) {
			long megabytes = Long.parseLong(matcher.group(2)) / 1024;
			if (megabytes > 0) {
				tracked.put(matcher.group(1).strip(), megabytes);
			}
		}
		return tracked;
	}

	/** The resident set size of the portal process in MB ({@code VmRSS} of /proc), or -1 where there is no /proc. */
	double residentMegabytes() throws IOException {
		return statusMegabytes("VmRSS");
	}

	/**
	 * A size of the portal process's {@code /proc/<pid>/status} in MB ({@code VmRSS}, {@code RssAnon}: the
	 * process's own pages; {@code RssFile}: mapped files, the class-data-sharing archive among them), or -1.
	 */
	double statusMegabytes(String field) throws IOException {
		var status = Path.of("/proc", String.valueOf(process.pid()), "status");
		if (!Files.isReadable(status)) {
			return -1;
		}
		for (var line : Files.readAllLines(status)) {
			if (line.startsWith(field + ":")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		return -1;
	}

	private void awaitReady(Duration timeout) throws InterruptedException, IOException {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the portal exited with " + process.exitValue() + ":\n" + tail());
			}
			if (status("/actuator/health/readiness") == 200) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the portal was not ready after " + timeout + ":\n" + tail());
	}

	private int status(String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException e) {
			return 0;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private String tail() throws IOException {
		var lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
