package org.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** G4's titles and words, and how it reads the portal's and Elasticsearch's answers. */
class ApprovalToSearchTests {

	@Test
	void everyItemOfARunHasItsOwnLatinWordInItsTitle() {
		var words = new HashSet<String>();
		for (int i = 0; i < 20_000; i++) {
			var word = ApprovalToSearch.word(20261206, i);
			assertThat(word).matches("gk[a-z]{7,}");
			assertThat(words.add(word)).as("word of item " + i).isTrue();
		}
		var title = ApprovalToSearch.title(20261206, 7);
		assertThat(title).startsWith("关于做好").endsWith("（" + ApprovalToSearch.word(20261206, 7) + "）");
		assertThat(ApprovalToSearch.title(20261206, 7)).as("the same seed, the same title").isEqualTo(title);
	}

	@Test
	void findsTheItemInThePortalsAnswerAndInElasticsearchs() throws Exception {
		var json = new ObjectMapper();
		var portal = json.readTree("{\"hits\":[{\"id\":\"12\",\"title\":\"x\"},{\"id\":\"7\"}],\"total\":2}");
		assertThat(ApprovalToSearch.hasHit(portal, "7")).isTrue();
		assertThat(ApprovalToSearch.hasHit(portal, "8")).isFalse();
		var raw = json.readTree("{\"hits\":{\"total\":{\"value\":1},\"hits\":[{\"_id\":\"1000003\",\"_source\":{\"id\":\"1000003\"}}]}}");
		assertThat(ApprovalToSearch.hasHit(raw, "1000003")).isTrue();
		assertThat(ApprovalToSearch.hasHit(json.readTree("{\"hits\":[]}"), "7")).isFalse();
	}
}
