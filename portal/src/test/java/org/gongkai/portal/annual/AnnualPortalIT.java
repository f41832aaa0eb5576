package org.gongkai.portal.annual;

import org.gongkai.portal.PortalHttp;
import org.gongkai.portal.RealServers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the annual report's integration tests: the application on a database of its own, so that the
 * requests and catalogue items other test classes create do not enter the reports' counts.
 */
abstract class AnnualPortalIT extends PortalHttp {

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register("gongkai_it_annual_portal", registry);
	}
}
