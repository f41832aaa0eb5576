package org.gongkai.workflow.engineschema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The SQL scripts shipped inside the camunda-engine jar for one database type: the create scripts of the
 * jar's own version, and the upgrade scripts from one minor version to the next. They are the scripts
 * Camunda's own {@code schema-update} runs and those its upgrade guide tells a DBA to run, so the portal
 * makes the same tables either way.
 *
 * @see <a href="https://docs.camunda.org/manual/7.24/installation/database-schema/">Camunda: database schema</a>
 */
final class EngineScripts {

	private static final String ROOT = "org/camunda/bpm/engine/db/";

	/**
	 * Every part of the engine's schema, in the order {@code schema-update} creates them (the history, case
	 * and decision tables refer to the engine's). All are created, whether or not this portal uses CMMN
	 * or the engine's identity tables, as Camunda's distribution scripts do: a later setting or release
	 * that uses them then finds them.
	 */
	private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine",
			"case.history", "decision.engine", "decision.history");

	private final String databaseType;

	private final EngineVersion current;

	/** Upgrade scripts by the version they lead to. */
	private final TreeMap<EngineVersion, Upgrade> upgrades = new TreeMap<>();

	/** Minor versions that have patch scripts (before their next minor upgrade). */
	private final List<EngineVersion> patched = new ArrayList<>();

	/** @param databaseType Camunda's database type ({@code mysql}, {@code h2}) */
	EngineScripts(String databaseType) {
		this.databaseType = databaseType;
		this.current = EngineVersion.parse(ProductPropertiesUtil.getProductVersion());
		if (!new ClassPathResource(createScript("engine")).exists()) {
			throw new EngineSchemaNotUsable("Camunda ships no SQL scripts for the database type '" + databaseType
					+ "' (looked for " + createScript("engine") + ")");
		}
		var upgrade = Pattern.compile(Pattern.quote(databaseType) + "_engine_(\\d+\\.\\d+)_to_(\\d+\\.\\d+)\\.sql");
		var patch = Pattern.compile(Pattern.quote(databaseType) + "_engine_(\\d+\\.\\d+)_patch_.*\\.sql");
		try {
			for (Resource script : new PathMatchingResourcePatternResolver(EngineScripts.class.getClassLoader())
				.getResources("classpath*:" + ROOT + "upgrade/" + databaseType + "_engine_*.sql")) {
				var name = script.getFilename();
				var upgradeName = upgrade.matcher(name);
				var patchName = patch.matcher(name);
				if (upgradeName.matches()) {
					var to = EngineVersion.parse(upgradeName.group(2));
					upgrades.put(to, new Upgrade(EngineVersion.parse(upgradeName.group(1)), to, script));
				}
				else if (patchName.matches()) {
					patched.add(EngineVersion.parse(patchName.group(1)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list Camunda's upgrade scripts", e);
		}
	}

	/** The version of the engine on the class path, which its create scripts make. */
	EngineVersion current() {
		return current;
	}

	String databaseType() {
		return databaseType;
	}

	/** The minor versions an upgrade script leads to, from {@code after} (excluded) to the current one. */
	List<EngineVersion> upgradesAfter(EngineVersion after) {
		return List.copyOf(upgrades.subMap(after, false, current, true).keySet());
	}

	/** Creates every part of the engine's schema at the current version on a database that has none. */
	void create(Connection connection) {
		for (String part : PARTS) {
			run(connection, new ClassPathResource(createScript(part)));
		}
	}

	/**
	 * Upgrades the engine's schema from {@code from} to {@code to}, one minor step after the other.
	 *
	 * @throws EngineSchemaNotUsable if a step is missing or needs Camunda's patch scripts (versions before
	 *         7.14), which a DBA applies by hand following Camunda's upgrade guide
	 */
	void upgrade(Connection connection, EngineVersion from, EngineVersion to) {
		for (Upgrade step : steps(from, to)) {
			run(connection, step.script());
		}
	}

	/** The scripts from {@code from} to {@code to}, checked before any of them runs. */
	List<Upgrade> steps(EngineVersion from, EngineVersion to) {
		var steps = new ArrayList<Upgrade>();
		var at = from;
		while (at.isBefore(to)) {
			var reached = at;
			var next = upgrades.values().stream().filter(u -> u.from().equals(reached)).findFirst();
			if (next.isEmpty() || patched.contains(at)) {
				throw new EngineSchemaNotUsable("The Camunda engine schema is at " + from + "; this release cannot upgrade it to "
						+ to + " by itself (" + (next.isEmpty() ? "no upgrade script from " + at : "version " + at
								+ " has patch scripts")
						+ "). Upgrade it by hand with Camunda's scripts (docs/operations.md, \"Upgrading the engine schema\") and start again.");
			}
			steps.add(next.get());
			at = next.get().to();
		}
		return steps;
	}

	private String createScript(String part) {
		return ROOT + "create/activiti." + databaseType + ".create." + part + ".sql";
	}

	private static void run(Connection connection, Resource script) {
		ScriptUtils.executeSqlScript(connection, new EncodedResource(script, StandardCharsets.UTF_8));
	}

	/** One of Camunda's upgrade scripts, from one minor version to the next. */
	record Upgrade(EngineVersion from, EngineVersion to, Resource script) {
	}
}
