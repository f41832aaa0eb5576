package org.gongkai.search;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link CatalogueReindex rebuild} did.
 *
 * @param index the new physical index the alias now points at
 * @param previousIndices the indices the alias pointed at before; deleted
 * @param documents how many documents the full read indexed
 * @param reapplied how many changes made during the rebuild were applied again afterwards
 * @param took from start to the swap, old indices deleted
 */
public record Rebuilt(String index, List<String> previousIndices, long documents, int reapplied, Duration took) {

	public Rebuilt {
		previousIndices = List.copyOf(previousIndices);
	}

}
