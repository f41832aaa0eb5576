package org.gongkai.workflow.schema;

import org.springframework.test.context.TestPropertySource;

/** The schema contract on the embedded default: H2 in MySQL mode. */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:schema-tests;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa",
		"camunda.bpm.database.type=h2" })
class H2SchemaTests extends SchemaContract {
}
