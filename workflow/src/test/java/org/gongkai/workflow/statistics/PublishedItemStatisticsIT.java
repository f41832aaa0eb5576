package org.gongkai.workflow.statistics;

import org.gongkai.workflow.MariaDb;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link PublishedItemStatisticsTests} on MariaDB: the months and limits the database compares the instants of
 * publication with are bound as the application binds its instants, whatever the server's own zone.
 */
class PublishedItemStatisticsIT extends PublishedItemStatisticsTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MariaDb.freshDatabase("gongkai_it_published_statistics", registry);
	}
}
