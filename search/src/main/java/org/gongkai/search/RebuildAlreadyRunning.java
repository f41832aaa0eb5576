package org.gongkai.search;

/**
 * Another rebuild of the same catalogue is filling a new index (on this node or another); only one
 * may run at a time. If it was left behind by a crashed node, start again with "discard unfinished".
 */
public class RebuildAlreadyRunning extends RuntimeException {

	private final String index;

	public RebuildAlreadyRunning(String index) {
		super("A rebuild of the catalogue index is already filling " + index);
		this.index = index;
	}

	/** The new index the running rebuild fills. */
	public String index() {
		return this.index;
	}

}
