package org.gongkai.portal.faults;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.portal.catalogue.TcpProxy;
import org.gongkai.workflow.MariaDb;

/** The settings of a portal process on a fresh database of the machine's MariaDB (named and cleaned up as {@link MariaDb} does). */
final class FaultDatabases {

	private static final String URL = "spring.datasource.url";

	private static final Pattern SERVER = Pattern.compile("^jdbc:mysql://([^:/]+):(\\d+)/");

	private FaultDatabases() {
	}

	/**
	 * The same settings with the database reached through a proxy in front of its server (a proxy made
	 * by {@link #proxyFor}).
	 */
	static Map<String, String> through(TcpProxy proxy, Map<String, String> settings) {
		var proxied = new LinkedHashMap<>(settings);
		proxied.put(URL, SERVER.matcher(settings.get(URL)).replaceFirst("jdbc:mysql://127.0.0.1:" + proxy.port() + "/"));
		return proxied;
	}

	/** A proxy in front of the server of these settings' database, not started. */
	static TcpProxy proxyFor(Map<String, String> settings) throws IOException {
		var server = SERVER.matcher(settings.get(URL));
		if (!server.find()) {
			throw new IllegalArgumentException("not a MySQL URL: " + settings.get(URL));
		}
		return new TcpProxy(server.group(1), Integer.parseInt(server.group(2)));
	}

	/** Spring properties for a fresh database {@code <baseName>_p<pid>}. */
	static Map<String, String> freshMariaDb(String baseName) {
		var settings = new LinkedHashMap<String, String>();
		MariaDb.freshDatabase(baseName, (name, value) -> settings.put(name, String.valueOf(value.get())));
		return settings;
	}

	/** A connection to the database of these settings, as the portal process opens it. */
	static Connection connect(Map<String, String> settings) throws SQLException {
		return DriverManager.getConnection(settings.get(URL), settings.get("spring.datasource.username"),
				settings.getOrDefault("spring.datasource.password", ""));
	}

	/** The number the query {@code sql} answers (a count, a maximum) in the database of these settings. */
	static long count(Map<String, String> settings, String sql) throws SQLException {
		try (var db = connect(settings); var rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
