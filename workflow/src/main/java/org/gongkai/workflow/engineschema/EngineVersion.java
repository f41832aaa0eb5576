package org.gongkai.workflow.engineschema;

import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;

/**
 * A Camunda minor version ({@code 7.24}): the unit of Camunda's upgrade scripts, and the version of the
 * engine Flyway history. Patch levels are left out, because patch releases change no table that a minor
 * script does not.
 */
record EngineVersion(int major, int minor) implements Comparable<EngineVersion> {

	private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

	/** The minor version of {@code 7.24.0}, {@code 7.24} or {@code 7.24.0-alpha1}. */
	static EngineVersion parse(String version) {
		var matcher = MAJOR_MINOR.matcher(version.strip());
		if (!matcher.find()) {
			throw new IllegalArgumentException("not a Camunda version: " + version);
		}
		return new EngineVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	MigrationVersion migrationVersion() {
		return MigrationVersion.fromVersion(toString());
	}

	@Override
	public int compareTo(EngineVersion other) {
		return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
	}

	boolean isBefore(EngineVersion other) {
		return compareTo(other) < 0;
	}

	@Override
	public String toString() {
		return major + "." + minor;
	}
}
