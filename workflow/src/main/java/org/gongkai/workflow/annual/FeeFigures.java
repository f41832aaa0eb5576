package org.gongkai.workflow.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Section 六's information-processing fees (art. 42, 国办函〔2020〕109号), computed from the 收费通知 the
 * system issued for the agency's requests, never typed. 发出收费通知 and 收费通知金额 count the notices
 * issued in the year; 实际收取 is what applicants paid in the year (the day the office recorded the
 * payment), whichever year the notice was issued, so it can exceed the year's notice amount when a
 * December notice is paid in January.
 *
 * @param source where the figures come from: {@link #FROM_NOTICES}, or {@link #ENTERED} for a report
 * published before the figures were computed
 */
public record FeeFigures(long noticesIssued, BigDecimal amountYuan, BigDecimal collectedYuan, String source) {

	/** Computed from the fee notices of the requests. */
	public static final String FROM_NOTICES = "fee-notices";

	/** Typed by the office (reports published before the figures were computed). */
	public static final String ENTERED = "entered";

	/** The figures of the notices issued or paid in {@code year}. */
	static FeeFigures of(int year, List<Notice> notices) {
		long issued = 0;
		var amount = BigDecimal.ZERO;
		var collected = BigDecimal.ZERO;
		for (var notice : notices) {
			if (notice.issuedOn().getYear() == year) {
				issued++;
				amount = amount.add(notice.amount());
			}
			if (notice.paidOn() != null && notice.paidOn().getYear() == year) {
				collected = collected.add(notice.amount());
			}
		}
		return new FeeFigures(issued, amount.setScale(2, RoundingMode.HALF_UP),
				collected.setScale(2, RoundingMode.HALF_UP), FROM_NOTICES);
	}

	/** One 收费通知 behind the figures: issued in the year, or paid in it. */
	public record Notice(String noticeNo, Long requestId, String receiptNo, LocalDate issuedOn, BigDecimal amount,
			LocalDate paidOn) {
	}
}
