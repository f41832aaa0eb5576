package org.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BenchOptionsTests {

	@Test
	void smokeShrinksTheDefaultsAndGivenValuesWin() {
		var options = BenchOptions.parse("--smoke", "--items=1000", "--workloads", "G5,G6");

		assertThat(options.items()).isEqualTo(1000);
		assertThat(options.seconds()).isEqualTo(4);
		assertThat(options.requests()).isEqualTo(300);
		assertThat(options.workloads()).isEqualTo(Set.of("G5", "G6"));
		assertThat(options.database()).startsWith("gongkai_bench_smoke_p");
		assertThat(options.label()).isEqualTo("smoke");
	}

	@Test
	void aMeasurementRunsEveryWorkloadOnItsOwnDatabase() {
		var options = BenchOptions.parse();

		assertThat(options.items()).isEqualTo(100_000);
		assertThat(options.requests()).isEqualTo(50_000);
		assertThat(options.workloads()).containsExactlyInAnyOrderElementsOf(BenchOptions.ALL);
		assertThat(options.database()).isEqualTo("gongkai_bench");
		assertThat(options.portalJavaOptions()).containsExactly("-Xms256m", "-Xmx1g");
		assertThat(options.searchBudget()).as("the portal's default").isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void theSearchBudgetIsWrittenAsThePortalsSetting() {
		assertThat(BenchOptions.parse("--search-budget=750ms").searchBudget()).isEqualTo(Duration.ofMillis(750));
		assertThat(BenchOptions.parse("--search-budget=2s").searchBudget()).isEqualTo(Duration.ofSeconds(2));
		assertThat(BenchOptions.parse("--search-budget=0").searchBudget()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--search-budget=5"))
			.withMessageContaining("search-budget");
	}

	@Test
	void unknownOptionsAndWorkloadsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--itmes=5")).withMessageContaining("itmes");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--workloads=G3")).withMessageContaining("G3");
	}
}
