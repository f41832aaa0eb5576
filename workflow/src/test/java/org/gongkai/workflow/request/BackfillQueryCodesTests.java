package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;

import org.gongkai.workflow.crypto.FieldEncryption;
import org.junit.jupiter.api.Test;

/** Flyway V121 gives every request without a 查询码 one of its own, encrypted, and leaves the others alone. */
class BackfillQueryCodesTests {

	private final FieldEncryption encryption = new FieldEncryption(
			new FieldEncryption.Settings(Base64.getEncoder().encodeToString(new byte[32])));

	@Test
	void requestsWithoutACodeGetAnEncryptedOne() throws Exception {
		try (var connection = DriverManager.getConnection("jdbc:h2:mem:backfill;MODE=MySQL", "sa", "")) {
			try (var ddl = connection.createStatement()) {
				ddl.execute("create table disclosure_request (id bigint primary key, query_code varchar(120))");
				ddl.execute("insert into disclosure_request values (1, null), (2, null), (3, '" + encryption.encrypt("KEEPME22") + "')");
			}
			new BackfillQueryCodes(encryption).migrate(MigrationContext.on(connection));
			var codes = new ArrayList<String>();
			try (var query = connection.createStatement();
					var rows = query.executeQuery("select query_code from disclosure_request order by id")) {
				while (rows.next()) {
					assertThat(rows.getString(1)).as("stored encrypted").startsWith("v1:");
					codes.add(encryption.decrypt(rows.getString(1)));
				}
			}
			assertThat(codes).hasSize(3);
			assertThat(codes.get(0)).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}").isNotEqualTo(codes.get(1));
			assertThat(codes.get(1)).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
			assertThat(codes.get(2)).isEqualTo("KEEPME22");
		}
	}
}
