package org.gongkai.portal.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A cluster of Elasticsearch nodes on this machine, from the distribution {@code deploy/gongkai es-start}
 * unpacked under {@code GONGKAI_HOME} (the same version the other tests use): each node with its own
 * configuration, data and log directories in a temporary directory, HTTP and transport ports of its own
 * (never the shared 9200/9300), a small heap, bound to 127.0.0.1 (so Elasticsearch stays in development
 * mode and skips the production bootstrap checks), and a cluster name no other run shares. Closing it
 * stops every node and deletes their directories.
 */
final class ElasticsearchCluster implements AutoCloseable {

	/** The user {@code deploy/gongkai} runs Elasticsearch as when it is root. */
	private static final String ES_USER = "gongkai";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<ElasticsearchNode> nodes = new ArrayList<>();

	private final Path directory;

	/** Stops the nodes if the test JVM ends without closing the cluster (killed by a timeout, Ctrl-C). */
	private final Thread onExit = new Thread(this::close, "elasticsearch-cluster-cleanup");

	private ElasticsearchCluster(Path directory) {
		this.directory = directory;
	}

	/**
	 * Makes the directories and configuration of {@code count} master-eligible data nodes and starts
	 * them; {@link #awaitHealth} waits for them to form the cluster.
	 */
	static ElasticsearchCluster start(String name, int count, String heap) throws IOException {
		var distribution = distribution();
		var cluster = new ElasticsearchCluster(Files.createTempDirectory("gongkai-" + name + "-"));
		try {
			var names = new ArrayList<String>();
			var httpPorts = new ArrayList<Integer>();
			var transportPorts = new ArrayList<Integer>();
			for (int i = 1; i <= count; i++) {
				names.add(name + "-" + i);
				httpPorts.add(freePort());
				transportPorts.add(freePort());
			}
			var seeds = String.join(", ", transportPorts.stream().map(port -> "\"127.0.0.1:" + port + "\"").toList());
			var clusterName = name + "-" + UUID.randomUUID().toString().substring(0, 8);
			var logs = Files.createDirectories(Path.of("target", "faults"));
			for (int i = 0; i < count; i++) {
				var home = Files.createDirectories(cluster.directory.resolve(names.get(i)));
				var config = home.resolve("config");
				copy(distribution.resolve("config"), config);
				Files.writeString(config.resolve("elasticsearch.yml"), """
						# written by ElasticsearchCluster (a test)
						cluster.name: %s
						node.name: %s
						path.data: %s
						path.logs: %s
						network.host: 127.0.0.1
						http.port: %d
						transport.port: %d
						discovery.seed_hosts: [%s]
						# every node is master-eligible, but the first alone bootstraps the cluster: three nodes that
						# all start an election on a loaded machine can keep each other from winning for minutes. The
						# others join it, and the voting configuration grows to all three, so losing one keeps a quorum
						cluster.initial_master_nodes: ["%s"]
						xpack.security.enabled: false
						# a nearly full disk of a test machine must not stop shards from being allocated
						cluster.routing.allocation.disk.threshold_enabled: false
						""".formatted(clusterName, names.get(i), home.resolve("data"), home.resolve("logs"), httpPorts.get(i),
						transportPorts.get(i), seeds, names.get(0)));
				Files.createDirectories(home.resolve("data"));
				Files.createDirectories(home.resolve("logs"));
				Files.createDirectories(home.resolve("tmp"));
				var environment = new LinkedHashMap<String, String>();
				environment.put("ES_PATH_CONF", config.toString());
				environment.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
				environment.put("ES_TMPDIR", home.resolve("tmp").toString());
				environment.put("HOME", home.toString());
				if (!Files.isDirectory(distribution.resolve("jdk"))) {
					// this distribution has no bundled JDK: the one running the test
					environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
				}
				cluster.nodes.add(new ElasticsearchNode(names.get(i), home, distribution, environment, asUser(),
						httpPorts.get(i), logs.resolve(names.get(i) + ".log").toAbsolutePath()));
			}
			handOver(cluster.directory);
			Runtime.getRuntime().addShutdownHook(cluster.onExit);
			for (var node : cluster.nodes) {
				node.start();
			}
			return cluster;
		}
		catch (IOException | RuntimeException e) {
			cluster.close();
			throw e;
		}
	}

	List<ElasticsearchNode> nodes() {
		return List.copyOf(nodes);
	}

	ElasticsearchNode node(String name) {
		return nodes.stream()
			.filter(node -> node.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no node " + name + " in " + nodes));
	}

	/** Every node's address, comma-separated, as {@code GONGKAI_ES_URL} takes them. */
	String urls() {
		return String.join(",", nodes.stream().map(ElasticsearchNode::url).toList());
	}

	/**
	 * Waits until a running node reports the cluster at {@code status} (or better) with {@code nodes}
	 * nodes.
	 * @return the last health answer
	 */
	JsonNode awaitHealth(String status, int nodeCount, Duration timeout) throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		String last = "no answer";
		while (System.nanoTime() < deadline) {
			for (var node : nodes) {
				if (!node.running()) {
					continue;
				}
				try {
					var health = get(node, "/_cluster/health?wait_for_status=" + status + "&wait_for_nodes=" + nodeCount
							+ "&timeout=5s");
					last = node.name() + ": " + health;
					if (!health.path("timed_out").asBoolean(true)) {
						return health;
					}
				}
				catch (IOException e) {
					last = node.name() + ": " + e;
				}
			}
			Thread.sleep(500);
		}
		var tails = new StringBuilder();
		nodes.forEach(node -> tails.append("\n--- ").append(node.name()).append(":\n").append(node.tail()));
		throw new AssertionError("the cluster was not " + status + " with " + nodeCount + " nodes within " + timeout
				+ "; last health " + last + tails);
	}

	/** {@code GET path} of the first running node that answers, as JSON. */
	JsonNode get(String path) throws IOException, InterruptedException {
		IOException failure = null;
		for (var node : nodes) {
			if (node.running()) {
				try {
					return get(node, path);
				}
				catch (IOException e) {
					failure = e;
				}
			}
		}
		throw failure != null ? failure : new IOException("no node of the cluster runs");
	}

	/** {@code POST path} without a body on the first running node, as JSON. */
	JsonNode post(String path) throws IOException, InterruptedException {
		for (var node : nodes) {
			if (node.running()) {
				var response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + path))
					.timeout(Duration.ofSeconds(30))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
				return JSON.readTree(response.body());
			}
		}
		throw new IOException("no node of the cluster runs");
	}

	private static JsonNode get(ElasticsearchNode node, String path) throws IOException, InterruptedException {
		var response = HTTP.send(HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 500) {
			throw new IOException(node.name() + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/** Stops every node and deletes their directories (their console output stays in target/faults). */
	@Override
	public void close() {
		if (Thread.currentThread() != onExit) {
			try {
				Runtime.getRuntime().removeShutdownHook(onExit);
			}
			catch (IllegalStateException | IllegalArgumentException e) {
				// the JVM is shutting down already, or the hook was never registered
			}
		}
		for (var node : nodes) {
			try {
				node.close();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException e) {
				System.err.println("could not stop " + node + ": " + e);
			}
		}
		try (Stream<Path> all = Files.walk(directory)) {
			all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			System.err.println("could not delete " + directory + ": " + e);
		}
	}

	/**
	 * The distribution {@code deploy/gongkai es-start} unpacked: {@code GONGKAI_HOME/elasticsearch-<version>},
	 * with the script's defaults.
	 */
	private static Path distribution() {
		var home = System.getenv("GONGKAI_HOME");
		if (home == null || home.isBlank()) {
			home = root() ? "/var/lib/gongkai" : System.getProperty("user.home") + "/.gongkai";
		}
		var version = System.getenv().getOrDefault("GONGKAI_ES_VERSION", "8.19.21");
		var distribution = Path.of(home, "elasticsearch-" + version);
		if (!Files.isExecutable(distribution.resolve("bin/elasticsearch"))) {
			throw new IllegalStateException(distribution + " has no Elasticsearch: run deploy/gongkai es-start "
					+ "(or the tests through deploy/gongkai test), which unpacks it");
		}
		return distribution;
	}

	/** As root, the command prefix that runs Elasticsearch as {@value #ES_USER}, as deploy/gongkai does. */
	private static List<String> asUser() {
		return root() ? List.of("setpriv", "--reuid=" + ES_USER, "--regid=" + ES_USER, "--init-groups") : List.of();
	}

	/** As root, gives the nodes' directories to {@value #ES_USER}, who must write them. */
	private static void handOver(Path directory) throws IOException {
		if (!root()) {
			return;
		}
		UserPrincipal user = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(ES_USER);
		try (Stream<Path> all = Files.walk(directory)) {
			all.forEach(path -> {
				try {
					Files.setOwner(path, user);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (var path : (Iterable<Path>) all::iterator) {
				var target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
