package org.gongkai.workflow.schema;

import org.gongkai.workflow.MariaDb;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The schema contract on the production database: MariaDB/MySQL with READ COMMITTED. */
class MariaDbSchemaIT extends SchemaContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.freshDatabase("gongkai_it_schema", registry);
	}
}
