package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Flyway V341 writes the register's words of every request already stored, across its pages. */
class BackfillRegisterWordsTests {

	@Test
	void everyStoredRequestGetsTheWordsOfItsNameAndTitle() throws Exception {
		int requests = BackfillRegisterWords.PAGE + 7;
		try (var connection = DriverManager.getConnection("jdbc:h2:mem:words;MODE=MySQL", "sa", "")) {
			try (var ddl = connection.createStatement()) {
				ddl.execute("create table disclosure_request (id bigint primary key, applicant_name varchar(200), title varchar(300))");
				ddl.execute("create table request_word (word varchar(2) not null, request_id bigint not null, "
						+ "primary key (word, request_id))");
			}
			try (var insert = connection.prepareStatement("insert into disclosure_request values (?, ?, ?)")) {
				for (int id = 1; id <= requests; id++) {
					insert.setLong(1, id * 3L);
					insert.setString(2, id % 2 == 0 ? "张三" : "某某公司");
					insert.setString(3, "第" + id + "号申请：住房公积金");
					insert.addBatch();
				}
				insert.executeBatch();
			}
			new BackfillRegisterWords().migrate(MigrationContext.on(connection));

			assertThat(words(connection, 3)).isEqualTo(RegisterWords.of("某某公司", "第1号申请：住房公积金"));
			long last = requests * 3L;
			assertThat(words(connection, last)).as("the last request, on the second page")
				.isEqualTo(RegisterWords.of("某某公司", "第" + requests + "号申请：住房公积金"));
			try (var query = connection.createStatement();
					var rows = query.executeQuery("select count(distinct request_id), count(*) from request_word")) {
				rows.next();
				assertThat(rows.getLong(1)).isEqualTo(requests);
				assertThat(rows.getLong(2)).as("no request's words written twice").isEqualTo(expectedWords(requests));
			}
		}
	}

	private static long expectedWords(int requests) {
		long total = 0;
		for (int id = 1; id <= requests; id++) {
			total += RegisterWords.of(id % 2 == 0 ? "张三" : "某某公司", "第" + id + "号申请：住房公积金").size();
		}
		return total;
	}

	private static Set<String> words(Connection connection, long requestId) throws Exception {
		var words = new HashSet<String>();
		try (var query = connection.prepareStatement("select word from request_word where request_id = ?")) {
			query.setLong(1, requestId);
			try (var rows = query.executeQuery()) {
				while (rows.next()) {
					words.add(rows.getString(1));
				}
			}
		}
		return words;
	}
}
