package org.gongkai.search;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * What a {@link CatalogueReindex rebuild} did. Serializable: the administration page shows it after a redirect, as
 * a flash attribute of the page session, which is stored in the database.
 *
 * @param index the new physical index the alias now points at
 * @param previousIndices the indices the alias pointed at before; deleted
 * @param documents how many documents the full read indexed
 * @param reapplied how many changes made during the rebuild were applied again afterwards
 * @param took from start to the swap, old indices deleted
 */
public record Rebuilt(String index, List<String> previousIndices, long documents, int reapplied, Duration took)
		implements Serializable {

	private static final long serialVersionUID = 1L;

	public Rebuilt {
		previousIndices = List.copyOf(previousIndices);
	}

}
