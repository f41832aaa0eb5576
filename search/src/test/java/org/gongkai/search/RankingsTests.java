package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The kept rankings of relevance searches, on a clock the test moves. */
class RankingsTests {

	private final AtomicLong now = new AtomicLong();

	private final Rankings rankings = new Rankings(2, Duration.ofMinutes(5), this.now::get);

	private static final Rankings.Key TAX = new Rankings.Key("税收", Map.of());

	private static final Rankings.Key TAX_2024 = new Rankings.Key("税收", Map.of("year", "2024"));

	private static final Rankings.Key SCHOOL = new Rankings.Key("学校", Map.of());

	@Test
	void keysASearchByItsTextAndFiltersNotItsPage() {
		var first = new SearchQuery("税收", Map.of("year", "2024"), "relevance", 10, null);
		var later = new SearchQuery("税收", Map.of("year", "2024"), "relevance", 20, "cursor");
		assertThat(Rankings.Key.of(later)).isEqualTo(Rankings.Key.of(first)).isEqualTo(TAX_2024);
		assertThat(TAX).isNotEqualTo(TAX_2024);
	}

	@Test
	void givesTheIdsAfterAHit() {
		this.rankings.put(TAX, List.of("a", "b", "c", "d", "e"), 5, true);
		Rankings.Ranking ranking = this.rankings.get(TAX);
		assertThat(ranking.indexOf("b")).isEqualTo(1);
		assertThat(ranking.indexOf("z")).isEqualTo(-1);
		assertThat(ranking.after(1, 2)).containsExactly("c", "d");
		// a complete ranking's last page is shorter
		assertThat(ranking.after(2, 3)).containsExactly("d", "e");
		assertThat(ranking.after(4, 3)).isEmpty();
		assertThat(ranking.total()).isEqualTo(5);
	}

	@Test
	void sendsAPageBeyondAnIncompleteRankingBackToTheCursor() {
		this.rankings.put(TAX, List.of("a", "b", "c", "d"), 100, false);
		Rankings.Ranking ranking = this.rankings.get(TAX);
		assertThat(ranking.after(0, 3)).containsExactly("b", "c", "d");
		assertThat(ranking.after(1, 3)).isNull();
	}

	@Test
	void forgetsARankingPastItsLifetime() {
		this.rankings.put(TAX, List.of("a"), 1, true);
		this.now.addAndGet(Duration.ofMinutes(5).toNanos());
		assertThat(this.rankings.get(TAX)).isNotNull();
		this.now.addAndGet(1);
		assertThat(this.rankings.get(TAX)).isNull();
		assertThat(this.rankings.size()).isZero();
	}

	@Test
	void dropsTheLeastRecentlyPagedBeyondItsCapacity() {
		this.rankings.put(TAX, List.of("a"), 1, true);
		this.rankings.put(SCHOOL, List.of("b"), 1, true);
		this.rankings.get(TAX);
		this.rankings.put(TAX_2024, List.of("c"), 1, true);
		assertThat(this.rankings.get(SCHOOL)).isNull();
		assertThat(this.rankings.get(TAX)).isNotNull();
		assertThat(this.rankings.get(TAX_2024)).isNotNull();
		assertThat(this.rankings.size()).isEqualTo(2);
	}

	@Test
	void forgetsOnRequest() {
		this.rankings.put(TAX, List.of("a"), 1, true);
		this.rankings.forget(TAX);
		assertThat(this.rankings.get(TAX)).isNull();
	}

	@Test
	void refusesNoCapacityOrLifetime() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Rankings(0, Duration.ofMinutes(1), System::nanoTime));
		assertThatIllegalArgumentException().isThrownBy(() -> new Rankings(1, Duration.ZERO, System::nanoTime));
	}

}
