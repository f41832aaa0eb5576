package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

/** The 查询码: eight characters without look-alikes, random, compared whatever the case, dashes and width. */
class QueryCodeTests {

	@Test
	void codesAreEightUnambiguousCharactersAndDoNotRepeat() {
		var seen = new HashSet<String>();
		for (int i = 0; i < 10_000; i++) {
			var code = QueryCode.generate();
			assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
			seen.add(code);
		}
		assertThat(seen).hasSize(10_000);
		assertThat(QueryCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
	}

	@Test
	void aTypedCodeMatchesWhateverItsCaseSpacesAndDashes() {
		assertThat(QueryCode.matches("K7M2XQ9P", "K7M2XQ9P")).isTrue();
		assertThat(QueryCode.matches("K7M2XQ9P", " k7m2-xq9p ")).isTrue();
		assertThat(QueryCode.matches("K7M2XQ9P", "K7M2XQ9")).isFalse();
		assertThat(QueryCode.matches("K7M2XQ9P", "K7M2XQ9Q")).isFalse();
		assertThat(QueryCode.matches("K7M2XQ9P", "")).isFalse();
		assertThat(QueryCode.matches(null, "K7M2XQ9P")).as("a request without a code opens to nobody").isFalse();
		assertThat(QueryCode.matches("K7M2XQ9P", null)).isFalse();
		assertThat(QueryCode.matches("K7M2XQ9P", "Ｋ７Ｍ２－ＸＱ９Ｐ")).as("full width, as a Chinese input method types it")
			.isTrue();
	}
}
