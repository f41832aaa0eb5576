package org.gongkai.portal.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.gongkai.portal.RealServers;

/**
 * The database and search index a previous release left behind, kept under
 * {@code src/test/resources/upgrade/<commit>/} by {@code upgrade/make-fixture.sh}: loads the dump into a
 * database with the MariaDB client (as an operator would restore it) and the index into Elasticsearch
 * with plain index creation and {@code _bulk}, which every distribution we support has.
 */
final class ReleaseFixture {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern MYSQL_URL = Pattern.compile("^jdbc:mysql://([^:/]+):(\\d+)/([^?]+)");

	private final String commit;

	private final Properties release = new Properties();

	ReleaseFixture(String commit) {
		this.commit = commit;
		try (var in = resource("release.properties")) {
			this.release.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A setting of the fixture's {@code release.properties}. */
	String property(String name) {
		var value = this.release.getProperty(name);
		if (value == null) {
			throw new IllegalStateException("upgrade/" + this.commit + "/release.properties has no " + name);
		}
		return value;
	}

	/** The physical index of the fixture behind {@code alias}, as the release named it ({@code <alias>-v2}). */
	String physicalIndex(String alias) {
		return alias + property("index.suffix");
	}

	/** Loads the database dump into the empty database of these portal settings. */
	void loadDatabase(Map<String, String> settings) throws IOException, InterruptedException {
		var url = MYSQL_URL.matcher(settings.get("spring.datasource.url"));
		if (!url.find()) {
			throw new IllegalArgumentException("not a MySQL URL: " + settings.get("spring.datasource.url"));
		}
		var client = Files.isExecutable(java.nio.file.Path.of("/usr/bin/mariadb")) ? "mariadb" : "mysql";
		var builder = new ProcessBuilder(client, "--host=" + url.group(1), "--port=" + url.group(2),
				"--user=" + settings.get("spring.datasource.username"), "--default-character-set=utf8mb4", url.group(3))
			.redirectErrorStream(true);
		var log = Files.createTempFile("gongkai-upgrade-load-", ".log");
		builder.redirectOutput(log.toFile());
		builder.environment().put("MYSQL_PWD", settings.getOrDefault("spring.datasource.password", ""));
		var process = builder.start();
		try (var dump = new GZIPInputStream(resource("database.sql.gz")); var in = process.getOutputStream()) {
			dump.transferTo(in);
		}
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(client + " could not load the " + this.commit + " dump: " + Files.readString(log));
		}
		Files.delete(log);
	}

	/** Creates the release's physical index with its settings and mappings behind {@code alias}, and fills it. */
	void loadIndex(String alias) throws IOException, InterruptedException {
		var definition = new String(resource("index.json").readAllBytes());
		var withAlias = definition.replaceFirst("^\\s*\\{", "{\"aliases\":{\"" + alias + "\":{}},");
		RealServers.elasticsearch("PUT", "/" + physicalIndex(alias), withAlias, "application/json");
		try {
			var documents = new String(resource("documents.ndjson").readAllBytes());
			var bulk = RealServers.elasticsearch("POST", "/" + physicalIndex(alias) + "/_bulk?refresh=true", documents,
					"application/x-ndjson");
			if (bulk.contains("\"errors\":true")) {
				throw new IllegalStateException("the fixture's documents were refused: " + bulk);
			}
		}
		catch (IOException | RuntimeException e) {
			deleteIndices(alias);
			throw e;
		}
	}

	/** Deletes the indices behind {@code alias} and its rebuild alias, if any. */
	static void deleteIndices(String alias) throws IOException, InterruptedException {
		for (var name : new String[] { alias, alias + "-rebuild" }) {
			var indices = HTTP.send(HttpRequest.newBuilder(URI.create(RealServers.ES_URL + "/_alias/" + name)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (indices.statusCode() == 200) {
				for (var index : new com.fasterxml.jackson.databind.ObjectMapper().readTree(indices.body()).properties()) {
					HTTP.send(HttpRequest.newBuilder(URI.create(RealServers.ES_URL + "/" + index.getKey())).DELETE().build(),
							HttpResponse.BodyHandlers.discarding());
				}
			}
		}
	}

	private InputStream resource(String name) {
		var in = ReleaseFixture.class.getResourceAsStream("/upgrade/" + this.commit + "/" + name);
		if (in == null) {
			throw new IllegalStateException("upgrade/" + this.commit + "/" + name
					+ " is missing: make it with src/test/resources/upgrade/make-fixture.sh " + this.commit);
		}
		return in;
	}
}
