package org.gongkai.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.gongkai.search.BenchSources;
import org.gongkai.search.CatalogueDocument;

/**
 * G7: the portal's full rebuild of the catalogue index from its database (the admin API that
 * {@code deploy/gongkai reindex} calls), beside its parts done raw: reading the same items and rendering
 * them with the search module's own code, and Elasticsearch's {@code _bulk} of those documents into a
 * scratch index with the catalogue's mapping, in the rebuild's batch size.
 */
final class CatalogueRebuild {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	/** {@code CatalogueIndex.BULK_BATCH}, the rebuild's batch. */
	private static final int BULK = 200;

	private static final int PAGE = 500;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Map<String, String> VALIDITY = Map.of("VALID", "有效", "EXPIRED", "失效", "REPEALED", "废止");

	private final Stack stack;

	CatalogueRebuild(Stack stack) {
		this.stack = stack;
	}

	/** The portal's rebuild, which also makes the index the search workloads read. */
	void rebuild() throws IOException, InterruptedException {
		var token = stack.tokens.of("admin");
		long start = System.nanoTime();
		var answer = JSON.readTree(stack.call(stack.portal("/api/admin/catalogue/index/rebuild")
			.timeout(Duration.ofHours(2))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), 200));
		double seconds = (System.nanoTime() - start) / 1e9;
		stack.results.add(Measured.single("G7 portal rebuild from the database (items/s)", answer.path("documents").asLong(),
				seconds));
		stack.results.fact("G7 documents indexed", answer.path("documents").asLong());
	}

	/**
	 * Waits until Elasticsearch has no merge running (two polls in a row), at most half an hour, and
	 * records how long that took and the segments of the new index: right after a large rebuild the
	 * node merges the fill's segments for minutes, using the cores the searches measured next need.
	 */
	void settle() throws IOException, InterruptedException {
		long start = System.nanoTime();
		long deadline = start + Duration.ofMinutes(30).toNanos();
		int quiet = 0;
		while (quiet < 2 && System.nanoTime() < deadline) {
			var stats = JSON.readTree(stack.call(stack.elasticsearch("/_nodes/stats/indices/merge").GET().build(), 200));
			long current = 0;
			for (var node : stats.path("nodes")) {
				current += node.path("indices").path("merges").path("current").asLong();
			}
			quiet = current == 0 ? quiet + 1 : 0;
			if (quiet < 2) {
				Thread.sleep(5_000);
			}
		}
		stack.results.fact("G7 merges still running after the rebuild (s)",
				Math.round((System.nanoTime() - start) / 1e9));
		var segments = JSON.readTree(stack.call(stack.elasticsearch("/" + stack.alias + "/_stats/segments,store").GET().build(), 200));
		var total = segments.path("_all").path("primaries");
		stack.results.fact("G7 index segments after the merges", total.path("segments").path("count").asLong());
		stack.results.fact("G7 index size (MB)", total.path("store").path("size_in_bytes").asLong() / (1024 * 1024));
	}

	/**
	 * Reading and rendering the same items, and the raw {@code _bulk} of them, each timed apart; the first
	 * {@code --raw-items} of them if that is set.
	 */
	void raw() throws IOException, InterruptedException, SQLException {
		var scratch = stack.alias + "-raw-bulk";
		stack.http.send(stack.elasticsearch("/" + scratch).DELETE().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		String mapping;
		try (var in = BenchSources.class.getResourceAsStream(BenchSources.mappingResource())) {
			mapping = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		stack.call(stack.elasticsearch("/" + scratch).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(mapping)).build(), 200);
		// no periodic refresh while it is filled, as the rebuild fills its new index
		stack.call(stack.elasticsearch("/" + scratch + "/_settings").header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"index\":{\"refresh_interval\":\"-1\"}}")).build(), 200);
		var sources = new BenchSources();
		long readNanos = 0;
		long renderNanos = 0;
		long bulkNanos = 0;
		long count = 0;
		try (var connection = stack.database.connect()) {
			var agencies = agencies(connection);
			var columns = columns(connection);
			long after = 0;
			while (true) {
				long t0 = System.nanoTime();
				var page = page(connection, after, agencies, columns);
				long t1 = System.nanoTime();
				readNanos += t1 - t0;
				int limit = stack.options.rawItems();
				if (limit > 0 && count + page.size() > limit) {
					page = page.subList(0, (int) Math.max(0, limit - count));
				}
				if (page.isEmpty()) {
					break;
				}
				var bodies = new ArrayList<String>();
				var body = new StringBuilder();
				int inBody = 0;
				for (var doc : page) {
					body.append("{\"index\":{\"_id\":\"").append(doc.id()).append("\",\"version\":").append(doc.version())
						.append(",\"version_type\":\"external_gte\"}}\n")
						.append(JSON.writeValueAsString(sources.render(doc)))
						.append('\n');
					if (++inBody == BULK) {
						bodies.add(body.toString());
						body.setLength(0);
						inBody = 0;
					}
				}
				if (inBody > 0) {
					bodies.add(body.toString());
				}
				long t2 = System.nanoTime();
				renderNanos += t2 - t1;
				for (var bulk : bodies) {
					var answer = JSON.readTree(stack.call(stack.elasticsearch("/" + scratch + "/_bulk")
						.header("Content-Type", "application/x-ndjson")
						.POST(HttpRequest.BodyPublishers.ofString(bulk))
						.build(), 200));
					if (answer.path("errors").asBoolean()) {
						throw new IllegalStateException("Elasticsearch refused documents of the raw bulk: "
								+ answer.toString().substring(0, Math.min(2000, answer.toString().length())));
					}
				}
				bulkNanos += System.nanoTime() - t2;
				count += page.size();
				after = Long.parseLong(page.get(page.size() - 1).id());
			}
			// one refresh at the end, as the rebuild makes before it swaps the alias
			long t3 = System.nanoTime();
			stack.call(stack.elasticsearch("/" + scratch + "/_refresh").POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
			bulkNanos += System.nanoTime() - t3;
		}
		finally {
			stack.http.send(stack.elasticsearch("/" + scratch).DELETE().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		}
		stack.results.add(Measured.single("G7 raw: read the items by JDBC (items/s)", count, readNanos / 1e9));
		stack.results.add(Measured.single("G7 raw: render them with the search module (items/s)", count, renderNanos / 1e9));
		stack.results.add(Measured.single("G7 raw: ES _bulk of the same documents (items/s)", count, bulkNanos / 1e9));
	}

	private static List<CatalogueDocument> page(Connection connection, long after, Map<String, List<String>> agencies,
			Map<String, String> columns) throws SQLException {
		var docs = new ArrayList<CatalogueDocument>();
		var files = new HashMap<Long, List<String[]>>();
		try (var items = connection.prepareStatement("select id, index_no, title, summary, body, issuer, department_code, "
				+ "written_date, published_at, doc_number, column_code, topic, genre, validity, keywords, version "
				+ "from catalogue_item where id > ? and status = 'PUBLISHED' and disclosure_class = 'PROACTIVE' order by id limit " + PAGE)) {
			items.setLong(1, after);
			var rows = items.executeQuery();
			var raw = new ArrayList<Object[]>();
			while (rows.next()) {
				var published = rows.getTimestamp(9);
				raw.add(new Object[] { rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
						rows.getString(5), rows.getString(6), rows.getString(7), rows.getDate(8).toLocalDate(),
						published == null ? null : published.toInstant().atZone(CHINA).toLocalDate(), rows.getString(10),
						rows.getString(11), rows.getString(12), rows.getString(13), rows.getString(14), rows.getString(15),
						rows.getLong(16) });
			}
			if (raw.isEmpty()) {
				return docs;
			}
			try (var attachments = connection.prepareStatement(
					"select item_id, file_name, extracted_text from catalogue_attachment where item_id between ? and ? order by id")) {
				attachments.setLong(1, ((Number) raw.get(0)[0]).longValue());
				attachments.setLong(2, ((Number) raw.get(raw.size() - 1)[0]).longValue());
				var found = attachments.executeQuery();
				while (found.next()) {
					files.computeIfAbsent(found.getLong(1), k -> new ArrayList<>())
						.add(new String[] { found.getString(2), found.getString(3) });
				}
			}
			for (var row : raw) {
				long id = ((Number) row[0]).longValue();
				var attached = files.getOrDefault(id, List.of());
				var text = String.join("\n\n", attached.stream().map(f -> f[1]).filter(t -> t != null && !t.isBlank()).toList());
				var department = (String) row[6];
				docs.add(new CatalogueDocument(String.valueOf(id), (String) row[1], (String) row[2], (String) row[3],
						(String) row[4], (String) row[5], department, (java.time.LocalDate) row[7], (java.time.LocalDate) row[8],
						(String) row[9], (String) row[10], columns.get((String) row[10]), (String) row[11], (String) row[12],
						VALIDITY.getOrDefault((String) row[13], (String) row[13]),
						row[14] == null ? List.of() : Arrays.stream(((String) row[14]).split("[\\s,，;；、]+")).filter(k -> !k.isBlank()).distinct().toList(),
						attached.stream().map(f -> f[0]).toList(), text.isEmpty() ? null : text, ((Number) row[15]).longValue(),
						agencies.getOrDefault(department, List.of(department))));
			}
		}
		return docs;
	}

	/** Each agency's code and those of the agencies above it up to its government, as the portal lists items. */
	private static Map<String, List<String>> agencies(Connection connection) throws SQLException {
		var parent = new HashMap<String, String>();
		var kind = new HashMap<String, String>();
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select code, parent_code, kind from department")) {
			while (rows.next()) {
				parent.put(rows.getString(1), rows.getString(2));
				kind.put(rows.getString(1), rows.getString(3));
			}
		}
		var scopes = new LinkedHashMap<String, List<String>>();
		for (var code : parent.keySet()) {
			var scope = new ArrayList<String>();
			scope.add(code);
			var at = code;
			while (!"GOVERNMENT".equals(kind.get(at)) && !"DISTRICT".equals(kind.get(at)) && parent.get(at) != null
					&& scope.size() < 10) {
				at = parent.get(at);
				scope.add(at);
			}
			scopes.put(code, scope);
		}
		return scopes;
	}

	private static Map<String, String> columns(Connection connection) throws SQLException {
		var columns = new HashMap<String, String>();
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select code, name from catalogue_column")) {
			while (rows.next()) {
				columns.put(rows.getString(1), rows.getString(2));
			}
		}
		return columns;
	}
}
