package org.gongkai.workflow.engineschema;

/** Who makes the engine's tables: the portal at start ({@code managed}) or a DBA by hand ({@code external}). */
public enum EngineSchemaMode {

	/** The portal creates or upgrades the engine's tables from Camunda's scripts before the engine starts. */
	MANAGED,

	/** The portal only checks that the tables are there at its engine's version, and refuses to start if not. */
	EXTERNAL
}
