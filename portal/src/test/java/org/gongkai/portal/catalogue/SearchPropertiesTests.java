package org.gongkai.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Map;

import org.gongkai.search.IndexLayout;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The index layout (GONGKAI_SEARCH_SHARDS, GONGKAI_SEARCH_REPLICAS), the bound on searches in flight and a search's
 * time budget as bound.
 */
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

	@Test
	void aSearchHasATimeBudgetOfASecondUnlessSetOtherwise() {
		assertThat(bind(Map.of("gongkai.search.alias", "catalogue")).budget()).isEqualTo(Duration.ofSeconds(1));
		assertThat(bind(Map.of("gongkai.search.search-budget", "")).budget()).isEqualTo(Duration.ofSeconds(1));
		assertThat(bind(Map.of("gongkai.search.search-budget", "300ms")).budget()).isEqualTo(Duration.ofMillis(300));
		assertThat(bind(Map.of("gongkai.search.search-budget", "0")).budget()).as("zero: no budget").isNull();
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("gongkai.search.search-budget", "-1s")));
	}

	private static SearchProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("gongkai.search", SearchProperties.class);
	}
}
