package org.gongkai.workflow;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MariaDB/MySQL server of the machine (root, empty password on 127.0.0.1:3306 unless
 * {@code GONGKAI_MYSQL_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD} say otherwise), with a fresh
 * database per test class and the settings production uses.
 */
public final class MariaDb {

	private MariaDb() {
	}

	public static void freshDatabase(String name, DynamicPropertyRegistry registry) {
		String host = env("GONGKAI_MYSQL_HOST", "127.0.0.1");
		String port = env("GONGKAI_MYSQL_PORT", "3306");
		String user = env("GONGKAI_MYSQL_USER", "root");
		String password = env("GONGKAI_MYSQL_PASSWORD", "");
		String server = "jdbc:mysql://" + host + ":" + port + "/";
		try (var connection = DriverManager.getConnection(server, user, password);
				var statement = connection.createStatement()) {
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
		registry.add("camunda.bpm.database.type", () -> "mysql");
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
