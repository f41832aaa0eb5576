package org.gongkai.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.HdrHistogram.Histogram;
import org.gongkai.search.BenchSources;
import org.gongkai.search.CatalogueDocument;

/**
 * G4: from the moment a proactive catalogue item's last approval is sent until the public search finds it.
 * Each of {@code --approvals} items is drafted by {@code clerk1} ({@code POST /api/catalogue/items}),
 * submitted ({@code …/submit}) and passed by 保密审查 ({@code secrecy1}) through the API beforehand; then,
 * one item at a time, {@code head1} completes its 部门负责人审核 ({@code Task_DepartmentHeadApproval},
 * the last approval with the default {@code gongkai.publication.approval-levels}), the engine publishes it
 * and the search outbox indexes it after the commit, while the bench asks
 * {@code GET /api/catalogue/search?q=<a word only its title has>} anonymously every
 * {@value #POLL_MILLIS} ms until the item is among the hits. Beside it, the raw path: a document of the
 * same shape (rendered by the search module's code) indexed straight into a scratch index with the
 * catalogue's mapping with {@code refresh=wait_for}, and searched for by the same word the same way.
 */
final class ApprovalToSearch {

	static final String TASK = "Task_DepartmentHeadApproval";

	static final long POLL_MILLIS = 25;

	private static final Duration GIVE_UP = Duration.ofSeconds(30);

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Stack stack;

	ApprovalToSearch(Stack stack) {
		this.stack = stack;
	}

	/**
	 * The word only the {@code i}-th item's title holds: lowercase Latin letters, which the standard analyser
	 * keeps as one token and no generated title contains (they are Chinese).
	 */
	static String word(long seed, int i) {
		var random = new Random(seed * 1_000_003L + i);
		var word = new StringBuilder("gk");
		for (int c = 0; c < 6; c++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		// the index in base 26 keeps the words of one run distinct whatever the random letters
		for (int n = i;; n /= 26) {
			word.append((char) ('a' + n % 26));
			if (n < 26) {
				return word.toString();
			}
		}
	}

	/** The title of the {@code i}-th item, in the style of the generated ones, with its word. */
	static String title(long seed, int i) {
		var random = new Random(seed + i);
		var area = Vocabulary.pick(random, Vocabulary.AREAS);
		return "关于做好" + Vocabulary.pick(random, area.subjects()) + "工作的通知（" + word(seed, i) + "）";
	}

	void run() throws IOException, InterruptedException, SQLException {
		int count = stack.options.approvals();
		int warm = Math.max(1, count / 10);
		long seed = stack.options.seed() + 4;
		var clerk = stack.tokens.fresh("clerk1");
		var secrecy = stack.tokens.fresh("secrecy1");
		var head = stack.tokens.fresh("head1");
		// drafted, submitted and through 保密审查 beforehand: each waits for its department head
		var items = new ArrayList<Long>();
		var approvals = new ArrayList<String>();
		for (int i = 0; i < warm + count; i++) {
			long id = prepare(clerk, secrecy, title(seed, i));
			items.add(id);
			approvals.add(task(id, TASK));
		}
		stack.results.fact("G4 items prepared (drafted, submitted, 保密审查 passed)", items.size());
		portal("G4 warm-up", head, seed, items, approvals, 0, warm, false);
		portal("G4 final approval until found by public search", head, seed, items, approvals, warm, count, true);
		raw(seed + 1, warm, count, true);
		raw(seed + 2, warm, count, false);
	}

	private void portal(String workload, Supplier<String> head, long seed, List<Long> items, List<String> approvals,
			int first, int count, boolean record) throws InterruptedException {
		var untilFound = histogram();
		var approvalCall = histogram();
		var errors = new HashMap<String, Long>();
		long ok = 0;
		long start = System.nanoTime();
		for (int i = first; i < first + count; i++) {
			long sent = System.nanoTime();
			var approve = stack.portal("/api/tasks/" + approvals.get(i) + "/complete")
				.header("Authorization", "Bearer " + head.get())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"approved\":true,\"comment\":\"同意发布\"}"))
				.build();
			String error = status(approve, 204);
			if (error != null) {
				errors.merge("approval " + error, 1L, Long::sum);
				continue;
			}
			approvalCall.recordValue(System.nanoTime() - sent);
			var search = stack.portal("/api/catalogue/search?q=" + URLEncoder.encode(word(seed, i), StandardCharsets.UTF_8))
				.GET()
				.build();
			error = awaitHit(search, String.valueOf(items.get(i)), sent);
			if (error != null) {
				errors.merge("search " + error, 1L, Long::sum);
				continue;
			}
			untilFound.recordValue(System.nanoTime() - sent);
			ok++;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (record) {
			stack.results.add(Measured.of(workload, "closed", 1, seconds, count, ok, errors, untilFound));
			stack.results.add(Measured.of("G4 the final approval call alone", "closed", 1, seconds, count,
					approvalCall.getTotalCount(), Map.of(), approvalCall));
		}
		else if (!errors.isEmpty()) {
			stack.results.fact(workload + " errors", errors);
		}
	}

	/**
	 * The same number of documents of the same shape, indexed raw and searched for: with {@code refresh=wait_for}
	 * (what the portal's outbox sends: the answer waits for the index's next periodic refresh, every second by
	 * default), or indexed and then refreshed at once with {@code _refresh} (the least Elasticsearch needs).
	 */
	private void raw(long seed, int warm, int count, boolean waitFor) throws IOException, InterruptedException {
		var scratch = stack.alias + "-raw-g4";
		stack.http.send(stack.elasticsearch("/" + scratch).DELETE().build(), HttpResponse.BodyHandlers.discarding());
		String mapping;
		try (var in = BenchSources.class.getResourceAsStream(BenchSources.mappingResource())) {
			mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		stack.call(stack.elasticsearch("/" + scratch).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(mapping)).build(), 200);
		try {
			var sources = new BenchSources();
			var untilFound = histogram();
			var errors = new HashMap<String, Long>();
			long ok = 0;
			long start = System.nanoTime();
			for (int i = 0; i < warm + count; i++) {
				if (i == warm) {
					if (!errors.isEmpty()) {
						stack.results.fact("G4 raw warm-up errors" + (waitFor ? "" : " (_refresh)"), Map.copyOf(errors));
					}
					untilFound.reset();
					errors.clear();
					ok = 0;
					start = System.nanoTime();
				}
				var id = String.valueOf(1_000_000 + i);
				var body = JSON.writeValueAsString(sources.render(document(id, title(seed, i))));
				long sent = System.nanoTime();
				String error = status(stack.elasticsearch("/" + scratch + "/_doc/" + id + (waitFor ? "?refresh=wait_for" : ""))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(body))
					.build(), 201);
				if (error == null && !waitFor) {
					error = status(stack.elasticsearch("/" + scratch + "/_refresh").POST(HttpRequest.BodyPublishers.noBody())
						.build(), 200);
				}
				if (error != null) {
					errors.merge("index " + error, 1L, Long::sum);
					continue;
				}
				var query = JSON.writeValueAsString(Map.of("_source", List.of("id"), "query",
						Map.of("match", Map.of("title", word(seed, i)))));
				error = awaitHit(stack.elasticsearch("/" + scratch + "/_search")
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(query))
					.build(), id, sent);
				if (error != null) {
					errors.merge("search " + error, 1L, Long::sum);
					continue;
				}
				untilFound.recordValue(System.nanoTime() - sent);
				ok++;
			}
			stack.results.add(Measured.of(waitFor ? "G4 raw: index (refresh=wait_for) until found"
					: "G4 raw: index, _refresh, until found", "closed", 1,
					(System.nanoTime() - start) / 1e9, count, ok, errors, untilFound));
		}
		finally {
			stack.http.send(stack.elasticsearch("/" + scratch).DELETE().build(), HttpResponse.BodyHandlers.discarding());
		}
	}

	/** Drafts, submits and passes 保密审查; the item's id. */
	private long prepare(Supplier<String> clerk, Supplier<String> secrecy, String title)
			throws IOException, InterruptedException, SQLException {
		var content = new LinkedHashMap<String, Object>();
		content.put("title", title);
		content.put("summary", "明确" + title + "的工作目标、主要任务和保障措施。");
		content.put("body", "各区人民政府，市政府各部门：为做好相关工作，现就有关事项通知如下。一、提高思想认识。二、明确工作任务。三、加强组织保障。");
		content.put("issuer", "市发展和改革委员会");
		content.put("writtenDate", LocalDate.now(CHINA).minusDays(1).toString());
		content.put("columnCode", "normative");
		content.put("topic", "综合政务\\其他");
		content.put("genre", "通知");
		content.put("keywords", "通知 工作");
		var created = JSON.readTree(stack.call(stack.portal("/api/catalogue/items")
			.header("Authorization", "Bearer " + clerk.get())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(content)))
			.build(), 201));
		long id = created.path("id").asLong();
		stack.call(stack.portal("/api/catalogue/items/" + id + "/submit")
			.header("Authorization", "Bearer " + clerk.get())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), 200);
		stack.call(stack.portal("/api/tasks/" + task(id, "Task_SecrecyReview") + "/complete")
			.header("Authorization", "Bearer " + secrecy.get())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"approved\":true}"))
			.build(), 204);
		return id;
	}

	/** The open task {@code key} of the item's publication process (waits 10 s at most). */
	private String task(long item, String key) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		try (var connection = stack.database.connect(); var statement = connection.prepareStatement(
				"select t.ID_ from ACT_RU_TASK t join catalogue_item i on t.PROC_INST_ID_ = i.process_instance_id "
						+ "where i.id = ? and t.TASK_DEF_KEY_ = ?")) {
			statement.setLong(1, item);
			statement.setString(2, key);
			while (true) {
				try (var rows = statement.executeQuery()) {
					if (rows.next()) {
						return rows.getString(1);
					}
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("catalogue item " + item + " has no open " + key);
				}
				Thread.sleep(50);
			}
		}
	}

	/** Repeats {@code search} every {@value #POLL_MILLIS} ms until a hit has {@code id}: {@code null}, or the error. */
	private String awaitHit(HttpRequest search, String id, long sent) throws InterruptedException {
		while (true) {
			try {
				var response = stack.http.send(search, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					return "HTTP " + response.statusCode();
				}
				if (hasHit(JSON.readTree(response.body()), id)) {
					return null;
				}
			}
			catch (IOException e) {
				return e.getClass().getSimpleName();
			}
			if (System.nanoTime() - sent > GIVE_UP.toNanos()) {
				return "not found after " + GIVE_UP.toSeconds() + " s";
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/** Whether the portal's ({@code hits[].id}) or Elasticsearch's ({@code hits.hits[]._id}) answer has {@code id}. */
	static boolean hasHit(JsonNode answer, String id) {
		var hits = answer.path("hits");
		if (hits.isObject()) {
			hits = hits.path("hits");
		}
		for (var hit : hits) {
			if (id.equals(hit.path("id").asText(null)) || id.equals(hit.path("_id").asText(null))) {
				return true;
			}
		}
		return false;
	}

	private String status(HttpRequest request, int expected) throws InterruptedException {
		try {
			int status = stack.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return status == expected ? null : "HTTP " + status;
		}
		catch (IOException e) {
			return e.getClass().getSimpleName();
		}
	}

	private static CatalogueDocument document(String id, String title) {
		var today = LocalDate.now(CHINA);
		return new CatalogueDocument(id, "000014349/" + today.getYear() + "-" + id, title, "明确" + title + "的工作目标。",
				"各区人民政府，市政府各部门：为做好相关工作，现就有关事项通知如下。", "市发展和改革委员会", "fgw",
				today.minusDays(1), today, null, "normative", "规范性文件", "综合政务\\其他", "通知", "有效", List.of("通知", "工作"),
				List.of(), null, 1, List.of("fgw"));
	}

	private static Histogram histogram() {
		return new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
	}
}
