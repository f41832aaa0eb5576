package org.gongkai.workflow.engineschema;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the engine's schema.
 *
 * @param mode ⚙ {@code managed} (default) or {@code external} ({@code GONGKAI_ENGINE_SCHEMA})
 */
@ConfigurationProperties("gongkai.workflow.engine-schema")
public record EngineSchemaProperties(EngineSchemaMode mode) {

	public EngineSchemaProperties {
		mode = mode == null ? EngineSchemaMode.MANAGED : mode;
	}
}
