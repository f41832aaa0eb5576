package org.gongkai.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * G2: staff complete tasks through the API ({@code POST /api/tasks/{id}/complete}), each call a different
 * task: the office's 确认收到申请 ({@code Task_ConfirmReceipt}, as {@code editor1}), the step every request
 * takes first, whose completion issues the 受理回执 and opens 登记审查. The open cases are filed through
 * the API as G1 files them. First at {@code --complete-rate} (open model), then capacity (closed model,
 * {@code --connections}, as many tasks as the open load completed); beside each, a standalone engine's
 * {@code taskService.complete} of a one-task process on the same database server ({@link RawEngine}).
 */
final class StaffCompletions {

	static final String TASK = "Task_ConfirmReceipt";

	/** Where G2's applications are numbered from: apart from G1's. */
	private static final long FIRST_APPLICATION = 10_000_000;

	private final Stack stack;

	StaffCompletions(Stack stack) {
		this.stack = stack;
	}

	void run() throws IOException, InterruptedException, SQLException {
		double rate = stack.options.completeRate();
		int connections = stack.options.connections();
		int warm = (int) BlockingLoad.calls(rate, stack.warmup());
		int measured = (int) BlockingLoad.calls(rate, stack.measured());
		int needed = warm + 2 * measured;
		// the cases: filed as G1 files them, several at a time (not measured against a target)
		var applicant = stack.tokens.fresh("applicant1");
		var submissions = new CitizenSubmissions(stack);
		int preparing = Math.max(4, 2 * connections);
		var filed = BlockingLoad.closed("G2 preparation: requests filed (closed)", preparing, needed,
				i -> status(submissions.submission(applicant.get(), FIRST_APPLICATION + i), 201));
		stack.results.add(filed);
		var tasks = awaitTasks(needed);
		var editor = stack.tokens.fresh("editor1");
		stack.open.run("G2 warm-up", rate, stack.warmup(), i -> completion(editor, tasks.get((int) i)),
				r -> r.statusCode() == 204);
		var portalOpen = stack.open.run("G2 staff complete tasks (portal API)", rate, stack.measured(),
				i -> completion(editor, tasks.get(warm + (int) i)), r -> r.statusCode() == 204);
		stack.results.add(portalOpen);
		var portalClosed = BlockingLoad.closed("G2 portal task completion capacity", connections, measured,
				i -> status(completion(editor, tasks.get(warm + measured + (int) i)), 204));
		stack.results.add(portalClosed);
		stack.results.fact("G2 prepared " + TASK + " tasks still open after the loads (expected 0)", count(
				"select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = '" + TASK + "' and ID_ in ('" + String.join("','", tasks) + "')"));
		stack.results.fact("G2 registration tasks opened by the completions", count(
				"select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_RegisterRequest'"));
		raw(rate, connections, warm, measured, needed, portalClosed);
	}

	private void raw(double rate, int connections, int warm, int measured, int needed, Measured portalClosed)
			throws SQLException, InterruptedException {
		try (var engine = new RawEngine(stack.options)) {
			var tasks = engine.openTasks(needed, Math.max(4, 2 * connections));
			if (tasks.size() != needed) {
				throw new IllegalStateException("the raw engine has " + tasks.size() + " open tasks, not " + needed);
			}
			BlockingLoad.open("G2 raw warm-up", rate, stack.warmup(), RawEngine.THREADS, i -> engine.complete(tasks.get((int) i)));
			var rawOpen = BlockingLoad.open("G2 raw taskService.complete", rate, stack.measured(), RawEngine.THREADS,
					i -> engine.complete(tasks.get(warm + (int) i)));
			stack.results.add(rawOpen);
			var rawClosed = BlockingLoad.closed("G2 raw taskService.complete capacity", connections, measured,
					i -> engine.complete(tasks.get(warm + measured + (int) i)));
			stack.results.add(rawClosed);
			stack.results.fact("G2 portal/raw completions per second at saturation",
					rawClosed.perSecond() == 0 ? 0 : Math.round(portalClosed.perSecond() / rawClosed.perSecond() * 100) / 100.0);
		}
	}

	private HttpRequest completion(Supplier<String> token, String taskId) {
		return stack.portal("/api/tasks/" + taskId + "/complete")
			.header("Authorization", "Bearer " + token.get())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();
	}

	/** Sends {@code request}: {@code null} if it answered {@code expected}, else the error's kind. */
	private String status(HttpRequest request, int expected) {
		try {
			int status = stack.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return status == expected ? null : "HTTP " + status;
		}
		catch (IOException e) {
			return e.getClass().getSimpleName();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	/** The ids of {@code count} open {@link #TASK} tasks, oldest first, once the engine has made them (2 minutes at most). */
	private List<String> awaitTasks(int count) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			var ids = new ArrayList<String>();
			try (var connection = stack.database.connect();
					var statement = connection.prepareStatement(
							"select ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = ? order by CREATE_TIME_, ID_ limit ?")) {
				statement.setString(1, TASK);
				statement.setInt(2, count);
				try (var rows = statement.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getString(1));
					}
				}
			}
			if (ids.size() == count) {
				return ids;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("only " + ids.size() + " open " + TASK + " tasks of " + count
						+ " two minutes after the requests were filed");
			}
			Thread.sleep(500);
		}
	}

	private long count(String sql) throws SQLException {
		try (var connection = stack.database.connect(); var statement = connection.createStatement();
				var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
