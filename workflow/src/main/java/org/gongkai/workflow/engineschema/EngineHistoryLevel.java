package org.gongkai.workflow.engineschema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history level the engine's database records ({@code ACT_GE_PROPERTY.historyLevel}), brought to the
 * configured one. Camunda writes the level on its first start and afterwards refuses to start with any
 * other ({@code historyLevel mismatch}), so a database made at {@code full} could never move to
 * {@code audit}, the level Gongkai runs at since issue #18 (the benchmark's G1: a third of the cost per
 * submission; who did what and when is in Gongkai's own case logs).
 *
 * <p>Changing the level changes what the engine records from then on and nothing already recorded:
 * the history tables keep their rows. Managed mode rewrites the property under the schema lock; in
 * external mode the DBA does ({@link #statement(int)}), and the start is refused until then.
 * A level Camunda decides itself ({@code auto}) or a custom one is left alone.
 */
final class EngineHistoryLevel {

	private static final List<HistoryLevel> BUILT_IN = List.of(HistoryLevel.HISTORY_LEVEL_NONE,
			HistoryLevel.HISTORY_LEVEL_ACTIVITY, HistoryLevel.HISTORY_LEVEL_AUDIT, HistoryLevel.HISTORY_LEVEL_FULL);

	private static final Logger log = LoggerFactory.getLogger(EngineHistoryLevel.class);

	private EngineHistoryLevel() {
	}

	/** Rewrites the recorded level if it is not the configured one ({@code camunda.bpm.history-level}). */
	static void align(Connection connection, String configured) throws SQLException {
		var wanted = builtIn(configured);
		var recorded = recorded(connection);
		if (wanted.isEmpty() || recorded.isEmpty() || recorded.get() == wanted.get().getId()) {
			return;
		}
		try (var statement = connection.prepareStatement(
				"update ACT_GE_PROPERTY set VALUE_ = ?, REV_ = REV_ + 1 where NAME_ = 'historyLevel'")) {
			statement.setString(1, Integer.toString(wanted.get().getId()));
			statement.executeUpdate();
		}
		log.warn("Camunda history level changed from {} to {} as configured (camunda.bpm.history-level): the engine "
				+ "records history at the new level from now on, the rows recorded before are kept", name(recorded.get()),
				wanted.get().getName());
	}

	/** Refuses a recorded level that is not the configured one: with an external schema the DBA changes it. */
	static void check(Connection connection, String configured) throws SQLException {
		var wanted = builtIn(configured);
		var recorded = recorded(connection);
		if (wanted.isPresent() && recorded.isPresent() && recorded.get() != wanted.get().getId()) {
			throw new EngineSchemaNotUsable("The Camunda engine's database records the history level " + name(recorded.get())
					+ ", the configuration says " + wanted.get().getName() + " (camunda.bpm.history-level). With "
					+ "GONGKAI_ENGINE_SCHEMA=external a DBA changes it: " + statement(wanted.get().getId())
					+ " (docs/production.md, \"Engine schema\"); or set GONGKAI_ENGINE_SCHEMA=managed.");
		}
	}

	static String statement(int level) {
		return "update ACT_GE_PROPERTY set VALUE_ = '" + level + "', REV_ = REV_ + 1 where NAME_ = 'historyLevel'";
	}

	/** The level the engine wrote on its first start; none before that start (or on a database without it). */
	static Optional<Integer> recorded(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
			return rows.next() ? Optional.of(Integer.valueOf(rows.getString(1).trim())) : Optional.empty();
		}
	}

	private static Optional<HistoryLevel> builtIn(String name) {
		return BUILT_IN.stream().filter(level -> level.getName().equalsIgnoreCase(name)).findFirst();
	}

	private static String name(int id) {
		return BUILT_IN.stream().filter(level -> level.getId() == id).map(HistoryLevel::getName).findFirst()
			.orElse(Integer.toString(id));
	}
}
