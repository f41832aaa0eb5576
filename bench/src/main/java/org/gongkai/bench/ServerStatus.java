package org.gongkai.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the database server did during a load: the change of InnoDB's counters (row-lock waits and their
 * time, redo-log waits, waits for a free page, pages flushed, fsyncs, reads from disk), the statements run
 * (inserts, updates, deletes, selects, commits: divided by the calls, what one call costs the database;
 * MariaDB's performance schema is off by default) and, sampled once a second, the most threads running and dirty pages at once. To find a stall of the portal that its own
 * collector does not explain (G1's p99 varied from 100 to 600 ms between runs).
 */
final class ServerStatus implements AutoCloseable {

	private static final List<String> COUNTERS = List.of("Innodb_row_lock_waits", "Innodb_row_lock_time",
			"Innodb_log_waits", "Innodb_buffer_pool_wait_free", "Innodb_buffer_pool_pages_flushed", "Innodb_data_fsyncs",
			"Innodb_buffer_pool_reads", "Innodb_deadlocks", "Com_insert", "Com_update", "Com_delete", "Com_select",
			"Com_commit");

	private static final List<String> GAUGES = List.of("Threads_running", "Innodb_buffer_pool_pages_dirty");

	/** The names above, found whatever case the server spells them in. */
	private static final Map<String, String> WATCHED = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	static {
		COUNTERS.forEach(name -> WATCHED.put(name, name));
		GAUGES.forEach(name -> WATCHED.put(name, name));
	}

	private final Connection connection;

	private final Map<String, Long> before;

	private final Map<String, Long> highest = new LinkedHashMap<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private ServerStatus(Connection connection) throws SQLException {
		this.connection = connection;
		this.before = read();
		this.sampler = new Thread(this::sample, "server-status");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/** Starts recording on a connection of its own. */
	static ServerStatus record(BenchDatabase database) throws SQLException {
		return new ServerStatus(database.connect());
	}

	private void sample() {
		while (running) {
			try {
				var now = read();
				synchronized (highest) {
					for (var gauge : GAUGES) {
						highest.merge(gauge, now.getOrDefault(gauge, 0L), Math::max);
					}
				}
				Thread.sleep(1_000);
			}
			catch (InterruptedException e) {
				return;
			}
			catch (SQLException e) {
				return; // a figure missing from the results is visible; the load goes on
			}
		}
	}

	/** Stops and returns each counter's change and each gauge's highest sample, by name. */
	Map<String, Long> stop() throws SQLException, InterruptedException {
		running = false;
		sampler.interrupt();
		sampler.join();
		var after = read();
		var figures = new LinkedHashMap<String, Long>();
		for (var counter : COUNTERS) {
			if (after.containsKey(counter)) {
				figures.put(counter, after.get(counter) - before.getOrDefault(counter, 0L));
			}
		}
		synchronized (highest) {
			highest.forEach((gauge, value) -> figures.put(gauge + " (highest)", value));
		}
		return figures;
	}

	private synchronized Map<String, Long> read() throws SQLException {
		var values = new LinkedHashMap<String, Long>();
		try (var statement = connection.createStatement(); var rows = statement.executeQuery("show global status")) {
			while (rows.next()) {
				var name = WATCHED.get(rows.getString(1));
				if (name != null) {
					values.put(name, Long.parseLong(rows.getString(2)));
				}
			}
		}
		return values;
	}

	@Override
	public void close() throws SQLException {
		running = false;
		sampler.interrupt();
		connection.close();
	}
}
