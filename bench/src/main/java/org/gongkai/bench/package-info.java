/**
 * The benchmark harness of issue #18: it starts the built portal on its own MariaDB database, fills the
 * database with generated catalogue items straight through JDBC, has the portal index them, then runs
 * each workload with an open-model load generator beside the raw component it depends on, and writes
 * the results as JSON and a Markdown table.
 */
package org.gongkai.bench;
