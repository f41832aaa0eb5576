package org.gongkai.workflow.request.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.workflow.request.fee.FeeQuote.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scales of 国办函〔2020〕109号 at every band boundary; totals worked out by hand beside each row. */
class DisclosureFeesTests {

	@ParameterizedTest(name = "{0} cases this month → {1} 元")
	@CsvSource(delimiter = '|', textBlock = """
			   0 |     0
			   1 |     0
			  10 |     0
			  11 |   100   # 1 × 100
			  30 |  2000   # 20 × 100 (SPEC example)
			  31 |  2200   # 2,000 + 1 × 200
			  40 |  4000   # 2,000 + 10 × 200
			  41 |  4300   # 4,000 + 1 × 300 (SPEC example)
			  50 |  7000   # 4,000 + 10 × 300
			  51 |  7400   # 7,000 + 1 × 400
			  60 | 11000   # 7,000 + 10 × 400
			  61 | 11500   # 11,000 + 1 × 500
			 100 | 37000   # 2,000 + 10 × (200 + 300 + … + 800) = 2,000 + 35,000
			 101 | 37900   # 37,000 + 1 × 900
			""")
	void perCaseIsCumulativeWithinTheMonth(int cases, String amountAndNote) {
		long amount = Long.parseLong(amountAndNote.replaceAll("#.*", "").strip());
		assertThat(DisclosureFees.perCase(cases)).isEqualTo(new FeeQuote(Method.PER_CASE, cases, amount));
	}

	@ParameterizedTest(name = "case no. {0} of the month costs {1} 元")
	@CsvSource({ "1, 0", "10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300", "50, 300", "51, 400",
			"101, 900" })
	void nthCaseCostsTheRateOfItsBand(int n, long amount) {
		assertThat(DisclosureFees.nthCase(n)).isEqualTo(new FeeQuote(Method.PER_CASE, 1, amount));
	}

	@Test
	void theCasesOfAMonthAddUpToTheCumulativeTotal() {
		long sum = 0;
		for (int n = 1; n <= 200; n++) {
			sum += DisclosureFees.nthCase(n).amount();
			assertThat(DisclosureFees.perCase(n).amount()).as("%d cases", n).isEqualTo(sum);
		}
	}

	@ParameterizedTest(name = "{0} pages → {1} 元")
	@CsvSource(delimiter = '|', textBlock = """
			   0 |     0
			   1 |     0
			  30 |     0
			  31 |    10   # 1 × 10
			 100 |   700   # 70 × 10
			 101 |   720   # 700 + 1 × 20
			 150 |  1700   # 700 + 50 × 20 (SPEC example)
			 200 |  2700   # 700 + 100 × 20
			 201 |  2740   # 2,700 + 1 × 40
			 250 |  4700   # 2,700 + 50 × 40
			1000 | 34700   # 2,700 + 800 × 40
			""")
	void perPageIsProgressiveWithinOneApplication(int pages, String amountAndNote) {
		long amount = Long.parseLong(amountAndNote.replaceAll("#.*", "").strip());
		assertThat(DisclosureFees.perPage(pages)).isEqualTo(new FeeQuote(Method.PER_PAGE, pages, amount));
	}

	@Test
	void freeQuotesSendNoNotice() {
		assertThat(DisclosureFees.perCase(10).isFree()).isTrue();
		assertThat(DisclosureFees.perCase(11).isFree()).isFalse();
		assertThat(DisclosureFees.perPage(30).isFree()).isTrue();
		assertThat(DisclosureFees.perPage(31).isFree()).isFalse();
	}

	@Test
	void largeCountsNeedNoLoopAndDoNotOverflowSilently() {
		// 1,000,000 cases: 999,970 beyond 30 = 99,997 full bands of ten, band j at 100·(1 + j):
		// 2,000 + 1,000 · (99,997 + 99,997 · 99,998 / 2) = 2,000 + 1,000 · 4,999,850,000
		assertThat(DisclosureFees.perCase(1_000_000).amount()).isEqualTo(4_999_850_002_000L);
		assertThatThrownBy(() -> DisclosureFees.perCase(Integer.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
		// 2,700 + (2,147,483,647 − 200) × 40
		assertThat(DisclosureFees.perPage(Integer.MAX_VALUE).amount()).isEqualTo(85_899_340_580L);
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatThrownBy(() -> DisclosureFees.perCase(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DisclosureFees.perPage(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DisclosureFees.nthCase(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FeeQuote(Method.PER_PAGE, 1, -1)).isInstanceOf(IllegalArgumentException.class);
	}
}
