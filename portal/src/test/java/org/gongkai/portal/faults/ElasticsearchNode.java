package org.gongkai.portal.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Elasticsearch node of an {@link ElasticsearchCluster}: the distribution {@code deploy/gongkai
 * es-start} unpacked, started with a configuration directory of its own ({@code ES_PATH_CONF}), as
 * the unprivileged user {@code gongkai} when the test runs as root (Elasticsearch refuses root), as
 * that script does. It can be killed with {@code kill -9} and started again on the same data.
 */
final class ElasticsearchNode implements AutoCloseable {

	private final String name;

	private final Path home;

	private final Path distribution;

	private final Map<String, String> environment;

	private final List<String> asUser;

	private final int httpPort;

	private final Path log;

	private Process process;

	private int starts;

	ElasticsearchNode(String name, Path home, Path distribution, Map<String, String> environment, List<String> asUser,
			int httpPort, Path log) {
		this.name = name;
		this.home = home;
		this.distribution = distribution;
		this.environment = environment;
		this.asUser = asUser;
		this.httpPort = httpPort;
		this.log = log;
	}

	String name() {
		return name;
	}

	String url() {
		return "http://127.0.0.1:" + httpPort;
	}

	Path log() {
		return log;
	}

	/** Starts the node and returns at once; {@link ElasticsearchCluster} waits for the cluster to form. */
	void start() throws IOException {
		if (process != null && process.isAlive()) {
			throw new IllegalStateException(name + " is running already");
		}
		var command = new ArrayList<>(asUser);
		command.add(distribution.resolve("bin/elasticsearch").toString());
		var builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile())
					: ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().keySet().removeIf(key -> key.startsWith("ES_") || key.startsWith("JAVA_TOOL"));
		builder.environment().putAll(environment);
		process = builder.start();
	}

	boolean running() {
		return process != null && process.isAlive();
	}

	/**
	 * {@code kill -9} of the node's processes (the launcher and the server JVM it forked): the node is
	 * gone at once, its connections reset, nothing flushed.
	 */
	void kill() throws InterruptedException {
		end(true, 30);
	}

	/** SIGTERM, as an operator stops a node, and {@code kill -9} if it is still there after a minute. */
	@Override
	public void close() throws InterruptedException {
		if (running()) {
			end(false, 60);
		}
		if (running()) {
			end(true, 30);
		}
	}

	private void end(boolean forcibly, int seconds) throws InterruptedException {
		if (process == null) {
			return;
		}
		var all = new ArrayList<ProcessHandle>();
		process.descendants().forEach(all::add);
		all.add(process.toHandle());
		for (var handle : all) {
			if (forcibly) {
				handle.destroyForcibly();
			}
			else {
				handle.destroy();
			}
		}
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		for (var handle : all) {
			while (handle.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
		}
		if (forcibly && all.stream().anyMatch(ProcessHandle::isAlive)) {
			throw new IllegalStateException(name + " did not die");
		}
	}

	/** The last lines of the node's output, for a failure message. */
	String tail() {
		try {
			var lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	@Override
	public String toString() {
		return name + " at " + url();
	}
}
