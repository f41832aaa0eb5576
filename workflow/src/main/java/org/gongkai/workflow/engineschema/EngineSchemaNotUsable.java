package org.gongkai.workflow.engineschema;

/**
 * The database's engine schema is missing, or at a version this release cannot run or upgrade: the portal
 * refuses to start rather than let the engine fail later on a table or column it does not find.
 */
public class EngineSchemaNotUsable extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	EngineSchemaNotUsable(String message) {
		super(message);
	}
}
