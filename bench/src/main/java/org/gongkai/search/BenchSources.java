package org.gongkai.search;

import java.util.Map;

/**
 * The benchmark's door to the search module's document rendering ({@link CatalogueSource}, package-private):
 * G7 sends Elasticsearch the very documents the portal's rebuild would, rendered by the same code, to
 * measure the raw {@code _bulk} beside the rebuild. Lives in the benchmark module only.
 */
public final class BenchSources {

	private final CatalogueSource source = new CatalogueSource(new ChineseAnalysis());

	/** The {@code _source} the index stores for {@code doc}, pre-analysed fields included. */
	public Map<String, Object> render(CatalogueDocument doc) {
		return source.render(doc);
	}

	/** The settings and mappings of the catalogue's physical indices, as the search module creates them. */
	public static String mappingResource() {
		return CatalogueIndex.MAPPING_RESOURCE;
	}
}
