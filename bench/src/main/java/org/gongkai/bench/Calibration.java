package org.gongkai.bench;

import java.sql.SQLException;

/**
 * The machine in the same run: how fast the portal answers a call that does nothing (its liveness probe,
 * no database, no Elasticsearch), and how many single-row commits per second the database makes for one
 * connection (what bounds every transaction of the portal). Both read beside the workloads' figures.
 */
final class Calibration {

	private final Stack stack;

	Calibration(Stack stack) {
		this.stack = stack;
	}

	void run() throws InterruptedException, SQLException {
		var liveness = stack.portal("/actuator/health/liveness").GET().build();
		stack.closed.run("calibration warm-up", stack.options.connections(), stack.warmup(), i -> liveness,
				r -> r.statusCode() == 200);
		stack.results.add(stack.closed.run("calibration: portal liveness probe", stack.options.connections(),
				stack.measured(), i -> liveness, r -> r.statusCode() == 200));
		stack.results.add(commits());
		stack.results.fact("calibration: database server", databaseSettings());
	}

	/**
	 * The database server's version and the settings that decide how much of a large catalogue it answers from
	 * memory: InnoDB's buffer pool (MariaDB's default is 128 MB; at 1,000,000 items the catalogue's table alone is
	 * some 3 GB) and how it flushes commits.
	 */
	private String databaseSettings() throws SQLException {
		try (var connection = stack.database.connect(); var statement = connection.createStatement();
				var row = statement.executeQuery("select version(), @@innodb_buffer_pool_size, "
						+ "@@innodb_flush_log_at_trx_commit")) {
			row.next();
			return row.getString(1) + ", innodb_buffer_pool_size " + row.getLong(2) / (1024 * 1024) + " MB"
					+ ", innodb_flush_log_at_trx_commit " + row.getString(3);
		}
	}

	/** Single-row inserts, each its own transaction, from one connection, for the measured seconds. */
	private Measured commits() throws SQLException {
		try (var connection = stack.database.connect(); var statement = connection.createStatement()) {
			statement.execute("create table bench_commit (id bigint not null auto_increment primary key, "
					+ "at datetime(6) not null) engine=InnoDB");
			connection.setAutoCommit(true);
			long count = 0;
			long start = System.nanoTime();
			long end = start + stack.measured().toNanos();
			try (var insert = connection.prepareStatement("insert into bench_commit (at) values (now(6))")) {
				while (System.nanoTime() < end) {
					insert.executeUpdate();
					count++;
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			statement.execute("drop table bench_commit");
			return Measured.single("calibration: database single-row commits, 1 connection (commits/s)", count, seconds);
		}
	}
}
