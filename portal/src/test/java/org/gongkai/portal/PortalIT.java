package org.gongkai.portal;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of most of the portal's integration tests: the whole application on a random port, on MariaDB,
 * with the real Elasticsearch and Keycloak. All subclasses share one application context.
 */
public abstract class PortalIT extends PortalHttp {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_portal", registry);
	}
}
