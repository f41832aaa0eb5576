package org.gongkai.workflow.engineschema;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a refused engine schema as Spring Boot's "APPLICATION FAILED TO START" report, what is wrong and
 * what to do, instead of leaving the operator to find it at the end of a long stack trace.
 */
class EngineSchemaFailureAnalyzer extends AbstractFailureAnalyzer<EngineSchemaNotUsable> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EngineSchemaNotUsable cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Bring the Camunda engine schema to this release's version (GONGKAI_ENGINE_SCHEMA, docs/production.md \"Engine schema\").",
				cause);
	}
}
