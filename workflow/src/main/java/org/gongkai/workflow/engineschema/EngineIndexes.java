package org.gongkai.workflow.engineschema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes Gongkai adds to the engine's tables, beside those Camunda's scripts make. Each is one the
 * engine's own statements need at volume and its scripts lack:
 * <ul>
 * <li>{@code ACT_RU_TASK(PARENT_TASK_ID_)}: every task completion looks for the task's subtasks
 * ({@code TaskManager.deleteTask}), which without it reads every open task. With 25,000 open tasks the
 * database spent most of its time there and completions fell from 75 to 34 a second (bench G2).</li>
 * </ul>
 * Made when missing, whoever made the rest of the schema (any index whose first column is the column
 * counts, should a later Camunda make its own); in external mode only reported, for the DBA.
 */
final class EngineIndexes {

	/** An index: its name, table and column. */
	record Index(String name, String table, String column) {

		String ddl() {
			return "create index " + name + " on " + table + " (" + column + ")";
		}
	}

	static final List<Index> ALL = List.of(new Index("GK_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"));

	private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

	private EngineIndexes() {
	}

	/** Creates those missing. */
	static void make(Connection connection) throws SQLException {
		for (var index : missing(connection)) {
			try (var statement = connection.createStatement()) {
				statement.execute(index.ddl());
			}
			log.info("Engine table {}: index {} on {} created", index.table(), index.name(), index.column());
		}
	}

	/** Warns of those missing: with an external engine schema the DBA makes them. */
	static void report(Connection connection) throws SQLException {
		for (var index : missing(connection)) {
			log.warn("Engine table {} has no index on {}: task completions slow down as open tasks grow. "
					+ "A DBA adds it: {} (docs/production.md, \"Engine schema\")", index.table(), index.column(), index.ddl());
		}
	}

	static List<Index> missing(Connection connection) throws SQLException {
		var missing = new ArrayList<Index>();
		for (var index : ALL) {
			if (!indexed(connection, index.table(), index.column())) {
				missing.add(index);
			}
		}
		return missing;
	}

	/** Whether some index of the table starts with the column (table names as MySQL or H2 keep them). */
	private static boolean indexed(Connection connection, String table, String column) throws SQLException {
		var meta = connection.getMetaData();
		for (var name : List.of(table, table.toLowerCase(Locale.ROOT))) {
			try (var indexes = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
				while (indexes.next()) {
					if (indexes.getShort("ORDINAL_POSITION") == 1 && column.equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
