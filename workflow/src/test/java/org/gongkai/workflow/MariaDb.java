package org.gongkai.workflow;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MariaDB/MySQL server of the machine (root, empty password on 127.0.0.1:3306 unless
 * {@code GONGKAI_MYSQL_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD} say otherwise), with a fresh
 * database per test class and the settings production uses.
 *
 * <p>The database is named after the test and the test JVM ({@code <name>_p<pid>}), so two builds on one
 * machine (two checkouts, a developer and CI) never drop each other's database; databases left behind by
 * JVMs that no longer run are dropped on the way.
 */
public final class MariaDb {

	/** Connections of one test context's pool. */
	public static final int POOL = 10;

	/** Application contexts one test JVM keeps cached ({@code spring.test.context.cache.maxSize}). */
	public static final int MAX_CONTEXTS = 4;

	private MariaDb() {
	}

	public static void freshDatabase(String baseName, DynamicPropertyRegistry registry) {
		String name = baseName + "_p" + ProcessHandle.current().pid();
		String host = env("GONGKAI_MYSQL_HOST", "127.0.0.1");
		String port = env("GONGKAI_MYSQL_PORT", "3306");
		String user = env("GONGKAI_MYSQL_USER", "root");
		String password = env("GONGKAI_MYSQL_PASSWORD", "");
		String server = "jdbc:mysql://" + host + ":" + port + "/";
		try (var connection = DriverManager.getConnection(server, user, password);
				var statement = connection.createStatement()) {
			dropLeftovers(statement, baseName);
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
		}
		catch (SQLException e) {
			throw new IllegalStateException("MariaDB/MySQL is not reachable at " + server
					+ " (start it, or set GONGKAI_MYSQL_HOST/PORT/USER/PASSWORD)", e);
		}
		registry.add("spring.datasource.url", () -> server + name
				+ "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true");
		registry.add("spring.datasource.username", () -> user);
		registry.add("spring.datasource.password", () -> password);
		registry.add("spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
		// A test context is small: a few connections, none kept idle for long. With the context cache
		// bounded (spring.properties), one test JVM holds at most MAX_CONTEXTS * POOL connections.
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> String.valueOf(POOL));
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
		registry.add("camunda.bpm.database.type", () -> "mysql");
	}

	/** Drops {@code <baseName>_p<pid>} databases whose test JVM has ended. */
	private static void dropLeftovers(Statement statement, String baseName) throws SQLException {
		var leftovers = new ArrayList<String>();
		try (var rows = statement.executeQuery("show databases like '" + baseName + "\\_p%'")) {
			while (rows.next()) {
				leftovers.add(rows.getString(1));
			}
		}
		for (String database : leftovers) {
			String pid = database.substring(baseName.length() + 2);
			if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
					&& ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
				statement.execute("drop database if exists " + database);
			}
		}
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
