/**
 * The Camunda engine's own tables, made and upgraded from the SQL scripts Camunda ships inside the engine
 * jar (a second Flyway history, {@code flyway_engine_history}), or only checked when a DBA runs those
 * scripts by hand; the engine itself never changes its schema ({@code schema-update: false}).
 */
package org.gongkai.workflow.engineschema;
