package org.gongkai.portal.catalogue;

import org.gongkai.portal.PortalHttp;
import org.gongkai.portal.RealServers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the public catalogue's integration tests: the whole application on a random port, on its
 * own MariaDB database and search alias (so that counts are not disturbed by other tests), with the
 * demo items and some generated ones, the real Elasticsearch, Keycloak and Chromium. All subclasses
 * share one application context.
 */
abstract class CatalogueIT extends PortalHttp {

	/** Generated demo items published at start-up, on top of the three hand-written ones. */
	static final int GENERATED = 40;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_catalogue_public", registry);
		registry.add("gongkai.demo.generated-items", () -> String.valueOf(GENERATED));
	}
}
