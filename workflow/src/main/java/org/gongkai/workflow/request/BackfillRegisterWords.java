package org.gongkai.workflow.request;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V341: writes the {@link RegisterWords} of every request stored before V340 made the register find
 * requests by them. A Java migration because the words are made by the same code as a new request's, which
 * SQL cannot do on both H2 and MariaDB. Reads the requests a page at a time by id, so that a database of
 * many years' requests needs no more memory than one page.
 */
@Component
class BackfillRegisterWords extends BackfillMigration {

	/** Requests read per round trip. */
	static final int PAGE = 1_000;

	/** Words written per statement (a statement may bind at most 65,535 values on MySQL). */
	static final int ROWS_PER_INSERT = 2_000;

	BackfillRegisterWords() {
		super(341, "backfill request register words");
	}

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		long after = 0;
		while (true) {
			long last = page(connection, after);
			if (last == after) {
				return;
			}
			after = last;
		}
	}

	/** Writes the words of the next page of requests after {@code after}; returns the last id read. */
	private static long page(Connection connection, long after) throws SQLException {
		long last = after;
		var ids = new ArrayList<Long>();
		var words = new ArrayList<String>();
		try (var select = connection.prepareStatement(
				"select id, applicant_name, title from disclosure_request where id > ? order by id limit " + PAGE)) {
			select.setLong(1, after);
			try (var rows = select.executeQuery()) {
				while (rows.next()) {
					last = rows.getLong(1);
					for (var word : RegisterWords.of(rows.getString(2), rows.getString(3))) {
						ids.add(last);
						words.add(word);
					}
				}
			}
		}
		for (int from = 0; from < ids.size(); from += ROWS_PER_INSERT) {
			int to = Math.min(ids.size(), from + ROWS_PER_INSERT);
			try (var insert = connection.prepareStatement(RegisterWords.insert(to - from))) {
				for (int i = from; i < to; i++) {
					insert.setLong(2 * (i - from) + 1, ids.get(i));
					insert.setString(2 * (i - from) + 2, words.get(i));
				}
				insert.executeUpdate();
			}
		}
		return last;
	}
}
