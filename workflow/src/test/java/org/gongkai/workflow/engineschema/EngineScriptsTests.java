package org.gongkai.workflow.engineschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which of the scripts in the camunda-engine jar on the class path an upgrade runs, and which it refuses. */
class EngineScriptsTests {

	private final EngineScripts mysql = new EngineScripts("mysql");

	@Test
	void theCurrentVersionIsTheEnginesOnTheClassPath() {
		assertThat(mysql.current()).isEqualTo(new EngineVersion(7, 24));
		assertThat(new EngineScripts("h2").current()).isEqualTo(new EngineVersion(7, 24));
	}

	@Test
	void anUpgradeRunsOneMinorScriptAfterTheOther() {
		assertThat(mysql.steps(EngineVersion.parse("7.21.0"), new EngineVersion(7, 24)))
			.extracting(step -> step.script().getFilename())
			.containsExactly("mysql_engine_7.21_to_7.22.sql", "mysql_engine_7.22_to_7.23.sql", "mysql_engine_7.23_to_7.24.sql");
		assertThat(mysql.steps(new EngineVersion(7, 24), new EngineVersion(7, 24))).isEmpty();
		assertThat(mysql.upgradesAfter(new EngineVersion(7, 24))).as("7.24 is the last community release").isEmpty();
		assertThat(mysql.upgradesAfter(new EngineVersion(7, 22))).containsExactly(new EngineVersion(7, 23), new EngineVersion(7, 24));
	}

	@Test
	void versionsWithPatchScriptsAreLeftToTheDba() {
		assertThat(mysql.steps(new EngineVersion(7, 14), new EngineVersion(7, 24))).hasSize(10);
		assertThatThrownBy(() -> mysql.steps(new EngineVersion(7, 13), new EngineVersion(7, 24)))
			.isInstanceOf(EngineSchemaNotUsable.class)
			.hasMessageContaining("version 7.13 has patch scripts");
	}

	@Test
	void aDatabaseWithoutScriptsIsRefused() {
		assertThatThrownBy(() -> new EngineScripts("sybase")).isInstanceOf(EngineSchemaNotUsable.class)
			.hasMessageContaining("no SQL scripts for the database type 'sybase'");
	}

	@Test
	void versionsCompareAsNumbers() {
		assertThat(EngineVersion.parse("7.9.0")).isLessThan(EngineVersion.parse("7.24.0"));
		assertThat(EngineVersion.parse("7.24.0-alpha1")).isEqualTo(new EngineVersion(7, 24));
		assertThat(new EngineVersion(7, 24).migrationVersion().getVersion()).isEqualTo("7.24");
	}
}
