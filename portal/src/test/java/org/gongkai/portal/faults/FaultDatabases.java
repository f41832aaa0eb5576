package org.gongkai.portal.faults;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.workflow.MariaDb;

/** The settings of a portal process on a fresh database of the machine's MariaDB (named and cleaned up as {@link MariaDb} does). */
final class FaultDatabases {

	private FaultDatabases() {
	}

	/** Spring properties for a fresh database {@code <baseName>_p<pid>}. */
	static Map<String, String> freshMariaDb(String baseName) {
		var settings = new LinkedHashMap<String, String>();
		MariaDb.freshDatabase(baseName, (name, value) -> settings.put(name, String.valueOf(value.get())));
		return settings;
	}
}
