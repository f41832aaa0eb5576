package org.gongkai.portal.demo;

/**
 * A kind of case's demo cases (a few at different stages), loaded by {@link DemoData} after the demo
 * agencies and catalogue items exist. Implementations are {@code @ConditionalOnProperty(name =
 * "gongkai.demo.enabled", havingValue = "true")} components and load nothing into a database that already
 * holds cases of their kind.
 */
public interface DemoCases {

	/** Loads the demo cases unless some exist; how many it loaded. */
	long load();
}
