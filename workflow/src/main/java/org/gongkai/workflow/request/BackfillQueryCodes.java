package org.gongkai.workflow.request;

import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.gongkai.workflow.crypto.FieldEncryption;
import org.springframework.stereotype.Component;

/**
 * Flyway V121: gives every request filed before the 查询码 existed a code of its own, encrypted like the
 * new ones. A Java migration because the code must come from {@link java.security.SecureRandom} and be
 * encrypted with the configured key, which SQL can do on neither H2 nor MariaDB. Spring Boot hands
 * {@link JavaMigration} beans to Flyway.
 */
@Component
class BackfillQueryCodes extends BackfillMigration {

	private final FieldEncryption encryption;

	BackfillQueryCodes(FieldEncryption encryption) {
		super(121, "backfill request query code");
		this.encryption = encryption;
	}

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		try (var select = connection.createStatement();
				var rows = select.executeQuery("select id from disclosure_request where query_code is null");
				var update = connection.prepareStatement("update disclosure_request set query_code = ? where id = ?")) {
			while (rows.next()) {
				update.setString(1, encryption.encrypt(QueryCode.generate()));
				update.setLong(2, rows.getLong(1));
				update.addBatch();
			}
			update.executeBatch();
		}
	}
}
