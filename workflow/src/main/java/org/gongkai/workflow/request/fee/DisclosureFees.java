package org.gongkai.workflow.request.fee;

import org.gongkai.workflow.InvalidValue;


/**
 * The progressive fee scales of 国办函〔2020〕109号 (SPEC §2.3). Each band's rate applies only to the
 * cases or pages inside that band, so a total is the sum over the bands it reaches.
 * The scales are those of 《政府信息公开信息处理费管理办法》, issued with that notice.
 */
public final class DisclosureFees {

	/** Cases per applicant and calendar month that are free. */
	static final int FREE_CASES = 10;

	/** Up to this many cases, each case beyond the free ones costs {@link #CASE_RATE}. */
	static final int FIRST_CASE_BAND_END = 30;

	/** The rate of the first charged band, and the step by which each further band of ten is dearer. */
	static final long CASE_RATE = 100;

	static final int CASE_BAND = 10;

	private DisclosureFees() {
	}

	/**
	 * The total for an applicant's cases within one calendar month (按件计收): 1–10 free, 11–30 at 100
	 * 元 each, then each further band of ten 100 元 per case dearer (31–40 at 200, 41–50 at 300, …).
	 * The fee of the Nth application of the month alone is {@code perCase(n) - perCase(n - 1)}, see
	 * {@link #nthCase(int)}.
	 *
	 * @param casesThisMonth the applicant's applications this month so far, this one included; 0 gives 0
	 * @throws IllegalArgumentException if negative
	 * @throws ArithmeticException if the total does not fit a {@code long}
	 */
	public static FeeQuote perCase(int casesThisMonth) {
		requireNotNegative(casesThisMonth, "cases");
		return new FeeQuote(FeeQuote.Method.PER_CASE, casesThisMonth, casesTotal(casesThisMonth));
	}

	/**
	 * The fee of one application that is the applicant's Nth of the calendar month: the rate of the band
	 * it falls in (0 for the first ten, 100 for the 11th to 30th, 200 for the 31st to 40th, …).
	 */
	public static FeeQuote nthCase(int n) {
		if (n < 1) {
			throw new InvalidValue("cases", "fee.nthCase.range", String.valueOf(n));
		}
		return new FeeQuote(FeeQuote.Method.PER_CASE, 1, caseRate(n));
	}

	/**
	 * The fee for the pages of one application (按量计收): 1–30 free, 31–100 at 10 元 a page, 101–200 at
	 * 20, every page beyond 200 at 40.
	 *
	 * @param pages the pages provided; 0 gives 0
	 * @throws IllegalArgumentException if negative
	 */
	public static FeeQuote perPage(int pages) {
		requireNotNegative(pages, "pages");
		long amount = band(pages, 30, 100) * 10L + band(pages, 100, 200) * 20L
				+ band(pages, 200, Integer.MAX_VALUE) * 40L;
		return new FeeQuote(FeeQuote.Method.PER_PAGE, pages, amount);
	}

	/** How many of the first {@code count} units lie in the band ({@code after}, {@code upTo}]. */
	private static long band(int count, int after, int upTo) {
		return Math.max(0, Math.min(count, upTo) - after);
	}

	/** The rate of the Nth case: 0 up to 10, 100 up to 30, then 100 more for each started band of ten. */
	private static long caseRate(int n) {
		if (n <= FREE_CASES) {
			return 0;
		}
		if (n <= FIRST_CASE_BAND_END) {
			return CASE_RATE;
		}
		long bandsBeyond = (n - FIRST_CASE_BAND_END + CASE_BAND - 1) / CASE_BAND;
		return CASE_RATE * (1 + bandsBeyond);
	}

	/**
	 * Closed form of the sum of {@link #caseRate} over 1..n, so that large counts cost no loop: after
	 * the first charged band (2,000 元 for cases 11–30) come {@code full} complete bands of ten, band
	 * {@code j} at 100·(1 + j) a case, and a partial band of {@code rest} cases at 100·(2 + full).
	 */
	private static long casesTotal(int n) {
		long firstBand = band(n, FREE_CASES, FIRST_CASE_BAND_END) * CASE_RATE;
		if (n <= FIRST_CASE_BAND_END) {
			return firstBand;
		}
		long beyond = n - FIRST_CASE_BAND_END;
		long full = beyond / CASE_BAND;
		long rest = beyond % CASE_BAND;
		// sum over j = 1..full of 10 cases × 100·(1 + j) = 1,000 · (full + full·(full + 1)/2)
		long fullBands = Math.multiplyExact(CASE_BAND * CASE_RATE,
				Math.addExact(full, Math.multiplyExact(full, full + 1) / 2));
		long partial = Math.multiplyExact(rest * CASE_RATE, full + 2);
		return Math.addExact(firstBand, Math.addExact(fullBands, partial));
	}

	private static void requireNotNegative(int value, String what) {
		if (value < 0) {
			throw new InvalidValue(what, "fee.count.negative", String.valueOf(value));
		}
	}
}
