package org.gongkai.workflow.engineschema;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;

/**
 * The releases before the engine schema was managed: the engine creates its own tables
 * ({@code schema-update: true}). Added as a source of the application, its bean takes the place of
 * {@link EngineSchema} (same name, overriding allowed), so the database is made by Camunda's own code
 * with the portal's settings. Not a {@code @Configuration}: component scanning must not find it.
 */
class SchemaUpdateAsBefore {

	@Bean
	ProcessEnginePlugin engineSchema() {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setDatabaseSchemaUpdate("true");
			}
		};
	}
}
