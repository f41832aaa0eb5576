package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.gongkai.search.IndexLayout;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The index layout (GONGKAI_SEARCH_SHARDS, GONGKAI_SEARCH_REPLICAS) and the bound on searches in flight as bound. */
class SearchPropertiesTests {

	@Test
	void unsetShardsAndReplicasKeepTheBundledLayout() {
		assertThat(bind(Map.of("gongkai.search.shards", "", "gongkai.search.replicas", "")).layout())
			.isEqualTo(IndexLayout.BUNDLED);
		assertThat(bind(Map.of("gongkai.search.alias", "catalogue")).layout()).isEqualTo(IndexLayout.BUNDLED);
	}

	@Test
	void aClusterSetsReplicasAndShards() {
		assertThat(bind(Map.of("gongkai.search.shards", "2", "gongkai.search.replicas", "1")).layout())
			.isEqualTo(new IndexLayout(2, 1));
	}

	@Test
	void aNegativeReplicaCountStopsTheStart() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("gongkai.search.replicas", "-1")));
	}

	@Test
	void searchesInFlightAreBoundedUnlessSetOtherwise() {
		assertThat(bind(Map.of("gongkai.search.alias", "catalogue")).admission().inFlight()).isEqualTo(32);
		assertThat(bind(Map.of("gongkai.search.searches-in-flight", "3", "gongkai.search.search-wait", "250ms"))
			.admission()
			.inFlight()).isEqualTo(3);
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("gongkai.search.searches-in-flight", "0")));
	}

	private static SearchProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("gongkai.search", SearchProperties.class);
	}
}
