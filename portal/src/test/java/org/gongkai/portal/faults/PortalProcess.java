package org.gongkai.portal.faults;

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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.gongkai.portal.RealServers;

/**
 * The built portal ({@code target/gongkai-portal.jar}) as a separate operating-system process on a
 * random port, which a test kills with SIGKILL and starts again on the same database: a crash as an
 * operator sees it, which an application context inside the test JVM cannot show.
 */
final class PortalProcess implements AutoCloseable {

	/** The realm's secret of the confidential client {@code gongkai-portal} (deploy/keycloak/gongkai-realm.json). */
	static final String CLIENT_SECRET = "gongkai-portal-secret";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final List<String> arguments = new ArrayList<>();

	private final int port;

	private final Path log;

	private Process process;

	private int starts;

	/**
	 * A portal with the real Elasticsearch and Keycloak (unless {@code settings} say otherwise), a private
	 * search alias, the hand-written demo catalogue only, and no rate limit for this machine's clients.
	 * {@code settings} are Spring properties ({@code spring.datasource.url}); environment variables that
	 * choose the database are not inherited, so an unset database is the embedded default.
	 */
	PortalProcess(String name, Map<String, String> environment, Map<String, String> settings) throws IOException {
		this.name = name;
		this.port = freePort();
		this.log = Path.of("target", "faults", name + ".log");
		Files.createDirectories(log.getParent());
		this.environment.put("GONGKAI_PORT", String.valueOf(port));
		this.environment.put("GONGKAI_BIND", "127.0.0.1");
		this.environment.put("GONGKAI_ES_URL", RealServers.ES_URL);
		this.environment.put("GONGKAI_KEYCLOAK_URL", RealServers.KEYCLOAK_URL);
		this.environment.put("GONGKAI_SEARCH_ALIAS", "it-catalogue-" + UUID.randomUUID().toString().substring(0, 8));
		this.environment.put("GONGKAI_DEMO", "true");
		this.environment.put("GONGKAI_DEMO_ITEMS", "0");
		this.environment.put("GONGKAI_OIDC_CLIENT_SECRET", CLIENT_SECRET);
		// a small pool, as the test contexts have (see MariaDb): the suite stays well under MariaDB's 151
		this.environment.put("GONGKAI_DB_POOL", "8");
		// the load generator is this machine: it must not be rate limited as one citizen's account
		this.environment.put("GONGKAI_RATE_LIMIT_TRUSTED", "127.0.0.1");
		this.environment.putAll(environment);
		var all = new LinkedHashMap<String, String>();
		all.put("gongkai.demo.requests", "false");
		all.putAll(settings);
		all.forEach((key, value) -> arguments.add("--" + key + "=" + value));
	}

	@Override
	public String toString() {
		return name;
	}

	int port() {
		return port;
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** Starts the portal and waits until it is ready to serve. */
	void start() throws IOException, InterruptedException {
		var jar = Path.of(System.getProperty("gongkai.portal.jar", "target/gongkai-portal.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the fault tests with mvn verify "
					+ "(the jar is built in the package phase)");
		}
		var command = new ArrayList<String>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
		command.addAll(arguments);
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile())
					: ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().keySet().removeIf(key -> key.startsWith("GONGKAI_") || key.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		process = builder.start();
		awaitReady(Duration.ofMinutes(3));
	}

	/** {@code kill -9}: the process ends at once, with nothing flushed or closed on the way. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(name + " did not die");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(40, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	/** {@code GET path} with the bearer token if given. */
	HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** {@code POST path} of a JSON body with the bearer token. */
	HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
		return HTTP.send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String token) {
		var builder = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
		return token == null ? builder : builder.header("Authorization", "Bearer " + token);
	}

	/** The status of {@code GET path} without a token, 0 if the portal does not answer. */
	int status(String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).build(),
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

	private void awaitReady(Duration timeout) throws InterruptedException, IOException {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
			}
			if (status("/actuator/health/readiness") == 200) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(name + " was not ready after " + timeout + ":\n" + tail());
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
