package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class IndexLayoutTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theBundledLayoutLeavesTheDefinitionAsItIs() throws IOException {
		assertThat(definition(IndexLayout.BUNDLED)).isEqualTo(bundled());
	}

	@Test
	void aClusterLayoutSetsShardsAndReplicasAndKeepsEverythingElse() throws IOException {
		JsonNode laidOut = definition(new IndexLayout(3, 1));
		assertThat(laidOut.at("/settings/index/number_of_shards").asInt()).isEqualTo(3);
		assertThat(laidOut.at("/settings/index/number_of_replicas").asInt()).isEqualTo(1);
		assertThat(laidOut.get("mappings")).isEqualTo(bundled().get("mappings"));

		JsonNode replicasOnly = definition(new IndexLayout(null, 2));
		assertThat(replicasOnly.at("/settings/index/number_of_shards"))
			.isEqualTo(bundled().at("/settings/index/number_of_shards"));
		assertThat(replicasOnly.at("/settings/index/number_of_replicas").asInt()).isEqualTo(2);
	}

	@Test
	void refusesCountsElasticsearchWouldRefuse() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IndexLayout(0, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new IndexLayout(null, -1));
	}

	private static JsonNode definition(IndexLayout layout) throws IOException {
		try (InputStream json = layout.applyTo(CatalogueIndex.class.getResourceAsStream(CatalogueIndex.MAPPING_RESOURCE))) {
			return JSON.readTree(json);
		}
	}

	private static JsonNode bundled() throws IOException {
		try (InputStream json = CatalogueIndex.class.getResourceAsStream(CatalogueIndex.MAPPING_RESOURCE)) {
			return JSON.readTree(json);
		}
	}
}
