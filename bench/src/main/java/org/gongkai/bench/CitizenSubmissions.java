package org.gongkai.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * G1: citizens file disclosure requests through the API at a fixed rate (open model), each a different
 * application; afterwards, whether the work the submissions leave behind (the engine's due jobs) is
 * being done or piling up. Beside it the raw engine ({@link RawEngine}) starts process instances at the same rate
 * on the same database server, then as fast as it can: what the machine's database allows before any of the
 * portal's own work (the request's rows, its words and log, the HTTP call).
 */
final class CitizenSubmissions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String[] NAMES = { "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴军" };

	private final Stack stack;

	CitizenSubmissions(Stack stack) {
		this.stack = stack;
	}

	void run() throws IOException, InterruptedException, SQLException {
		var token = stack.tokens.fresh("applicant1");
		double rate = stack.options.submitRate();
		long before = count("select count(*) from disclosure_request");
		stack.open.run("G1 warm-up", rate, stack.warmup(), i -> submission(token.get(), -1 - i), r -> r.statusCode() == 201);
		try (var server = ServerStatus.record(stack.database)) {
			var measured = stack.open.run("G1 citizens submit requests", rate, stack.measured(),
					i -> submission(token.get(), i), r -> r.statusCode() == 201);
			stack.results.add(measured);
			server.stop().forEach((name, value) -> stack.results.fact("G1 database server: " + name, value));
		}
		stack.results.fact("G1 requests stored", count("select count(*) from disclosure_request") - before);
		stack.results.fact("G1 due engine jobs right after", dueJobs());
		Thread.sleep(Math.min(10_000, stack.measured().toMillis()));
		stack.results.fact("G1 due engine jobs " + Math.min(10, stack.options.seconds()) + " s later", dueJobs());
		raw(rate);
	}

	private void raw(double rate) throws SQLException, InterruptedException {
		try (var engine = new RawEngine(stack.options)) {
			long warm = BlockingLoad.calls(rate, stack.warmup());
			long measured = BlockingLoad.calls(rate, stack.measured());
			BlockingLoad.open("G1 raw warm-up", rate, stack.warmup(), RawEngine.THREADS, engine::start);
			stack.results.add(BlockingLoad.open("G1 raw runtimeService.startProcessInstanceByKey", rate, stack.measured(),
					RawEngine.THREADS, i -> engine.start(warm + i)));
			stack.results.add(BlockingLoad.closed("G1 raw process start capacity", stack.options.connections(), measured,
					i -> engine.start(warm + measured + i)));
		}
	}

	/** The {@code i}-th application (the same {@code i}, the same application), filed as the holder of {@code token}. */
	HttpRequest submission(String token, long i) {
		var random = new Random(i);
		var area = Vocabulary.pick(random, Vocabulary.AREAS);
		var subject = Vocabulary.pick(random, area.subjects());
		int year = 2020 + random.nextInt(6);
		var body = new LinkedHashMap<String, Object>();
		body.put("applicantType", "NATURAL_PERSON");
		body.put("applicantName", NAMES[random.nextInt(NAMES.length)]);
		body.put("idNumber", "11010519491231002X");
		body.put("phone", "138" + String.format("%08d", random.nextInt(100_000_000)));
		body.put("title", year + "年" + subject + "相关信息");
		body.put("description", "申请公开" + year + "年度" + subject + "的" + Vocabulary.pick(random, Vocabulary.ASPECTS)
				+ "及相关依据文件，用于了解本人权益。");
		body.put("deliveryForm", "ELECTRONIC");
		body.put("deliveryMethod", "ONLINE");
		body.put("accessibilityNeeds", false);
		try {
			return stack.portal("/api/requests")
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private long dueJobs() throws SQLException {
		return count("select count(*) from ACT_RU_JOB where (DUEDATE_ is null or DUEDATE_ <= now()) and RETRIES_ > 0");
	}

	private long count(String sql) throws SQLException {
		try (var connection = stack.database.connect(); var statement = connection.createStatement();
				var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
