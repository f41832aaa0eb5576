package org.gongkai.portal.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The subscription links' tokens and how a saved search is stored and read back. */
class SubscriptionTokensTests {

	@Test
	void tokensAreRandomUrlSafeAndStoredOnlyAsTheirHash() {
		var seen = new HashSet<String>();
		for (int i = 0; i < 1000; i++) {
			var token = SubscriptionTokens.newToken();
			assertThat(token).matches("[A-Za-z0-9_-]{43}");
			assertThat(SubscriptionTokens.wellFormed(token)).isTrue();
			assertThat(seen.add(token)).isTrue();
		}
		var token = SubscriptionTokens.newToken();
		assertThat(SubscriptionTokens.hash(token)).hasSize(64).isEqualTo(SubscriptionTokens.hash(token))
			.isNotEqualTo(SubscriptionTokens.hash(SubscriptionTokens.newToken()))
			.doesNotContain(token);
	}

	@Test
	void malformedTokensAreRefusedBeforeAnyLookup() {
		assertThat(SubscriptionTokens.wellFormed(null)).isFalse();
		assertThat(SubscriptionTokens.wellFormed("")).isFalse();
		assertThat(SubscriptionTokens.wellFormed("a".repeat(42))).isFalse();
		assertThat(SubscriptionTokens.wellFormed("a".repeat(44))).isFalse();
		assertThat(SubscriptionTokens.wellFormed("a".repeat(42) + "/")).isFalse();
		assertThat(SubscriptionTokens.wellFormed("a".repeat(42) + "%")).isFalse();
	}

	@Test
	void aSavedSearchIsStoredCanonicallyAndReadBack() {
		var target = SubscriptionTarget.of(Map.of("q", " 潮汐 能+C ", "genre", "通知", "column", "政策解读", "email", "x@y.cn",
				"sort", "date", "validity", " ")).orElseThrow();
		assertThat(target.kind()).isEqualTo(SubscriptionKind.SEARCH);
		// q first, then the known filters alphabetically; other parameters and blank filters are left out
		assertThat(target.value()).startsWith("q=").doesNotContain("email", "sort", "validity");
		assertThat(target.searchParameters()).containsExactly(Map.entry("q", "潮汐 能+C"), Map.entry("column", "政策解读"),
				Map.entry("genre", "通知"));
		assertThat(target.searchText()).isEqualTo("潮汐 能+C");
		assertThat(target.searchFilters()).containsOnlyKeys("column", "genre");
		var same = SubscriptionTarget.of(Map.of("genre", "通知", "q", "潮汐 能+C", "column", "政策解读")).orElseThrow();
		assertThat(same).isEqualTo(target);
		// an empty search is a search of everything
		assertThat(SubscriptionTarget.of(Map.of("q", "")).orElseThrow().value()).isEqualTo("q=");
	}

	@Test
	void aColumnOrAgencyIsNamedByItsCode() {
		assertThat(SubscriptionTarget.of(Map.of("column", " interpretation "))).contains(
				new SubscriptionTarget(SubscriptionKind.COLUMN, "interpretation"));
		assertThat(SubscriptionTarget.of(Map.of("agency", "jyj"))).contains(new SubscriptionTarget(SubscriptionKind.AGENCY, "jyj"));
		assertThat(SubscriptionTarget.of(Map.of())).isEmpty();
		assertThat(SubscriptionTarget.of(Map.of("column", " "))).isEmpty();
		assertThat(SubscriptionTarget.of(Map.of("column", "x".repeat(101)))).isEmpty();
		assertThat(SubscriptionTarget.of(Map.of("q", "x".repeat(5000))).orElseThrow().searchText()).hasSize(200);
	}
}
