package org.gongkai.search;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The system of record as a {@link CatalogueReindex rebuild} reads it: every public item, and what
 * changed since a moment. The portal implements it over the database; the index is never rebuilt
 * from itself.
 */
public interface CatalogueRecords {

	/**
	 * Hands every item the index should hold to {@code batch}, a batch at a time (any size; a few
	 * hundred keeps memory flat). Items changed while this runs may be passed in either state:
	 * {@link #changedSince} puts them right afterwards.
	 */
	void readAll(Consumer<List<CatalogueDocument>> batch);

	/**
	 * Every item whose state changed at or after {@code since}, public or not, with its current
	 * document. An item that left the public catalogue must be reported too, with no document, so
	 * the rebuild removes it; rows are never deleted from the system of record.
	 */
	List<Change> changedSince(Instant since);

	/**
	 * One item's current state.
	 *
	 * @param id the document id
	 * @param version anything that changes whenever the item changes (the row version), so the
	 *        rebuild can tell whether it already wrote this state
	 * @param document what the index should hold, or {@code null} if the item must not be in it
	 */
	record Change(String id, long version, CatalogueDocument document) {

		public Change {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("A change needs the item's id");
			}
			if (document != null && !document.id().equals(id)) {
				throw new IllegalArgumentException("Change " + id + " carries document " + document.id());
			}
		}

		/** The item is public: index this document. */
		public static Change index(CatalogueDocument document, long version) {
			return new Change(document.id(), version, document);
		}

		/** The item is not public (any more): it must not be in the index. */
		public static Change remove(String id, long version) {
			return new Change(id, version, null);
		}

	}

}
