package org.gongkai.portal.admin;

import java.util.List;

import org.gongkai.search.CatalogueIndex;
import org.gongkai.search.CatalogueRecords;
import org.gongkai.search.CatalogueReindex;
import org.gongkai.search.Rebuilt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Thin glue between the admin page, the admin API and the search library's rebuild. */
@Service
class CatalogueIndexAdministration {

	private static final Logger log = LoggerFactory.getLogger(CatalogueIndexAdministration.class);

	private final CatalogueIndex index;

	private final CatalogueReindex reindex;

	private final CatalogueRecords records;

	CatalogueIndexAdministration(CatalogueIndex index, CatalogueReindex reindex, CatalogueRecords records) {
		this.index = index;
		this.reindex = reindex;
		this.records = records;
	}

	/**
	 * The index as Elasticsearch sees it now.
	 *
	 * @param alias the alias searches use
	 * @param indices the physical indices behind it
	 * @param rebuilding the index a rebuild is filling, on any node; empty if none
	 * @param documents how many items the live index holds
	 */
	record State(String alias, List<String> indices, List<String> rebuilding, long documents) {
	}

	State state() {
		return new State(index.alias(), reindex.live(), reindex.running(), index.count());
	}

	Rebuilt rebuild(boolean discardUnfinished) {
		log.info("Catalogue index rebuild requested{}", discardUnfinished ? " (discarding an unfinished one)" : "");
		return reindex.rebuild(records, discardUnfinished);
	}
}
