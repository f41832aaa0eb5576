package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.gongkai.workflow.InvalidValue;
import org.junit.jupiter.api.Test;

/** The fee of a disclosure: one notice per application, then paid. */
class FeeTests {

	static final LocalDate DUE = LocalDate.of(2026, 4, 20);

	@Test
	void noFeeUntilANoticeIsSent() {
		var none = new Fee();
		assertThat(none.isNoticed()).isFalse();
		assertThat(none.isPaid()).isFalse();
		assertThat(none.getMethod()).isNull();
		assertThat(none.getAmount()).isNull();
	}

	@Test
	void aNoticeRecordsMethodQuantityAmountAndDueDate() {
		var fee = new Fee().noticed("PER_PAGE", 150, BigDecimal.valueOf(100), DUE);
		assertThat(fee.isNoticed()).isTrue();
		assertThat(fee.getMethod()).isEqualTo("PER_PAGE");
		assertThat(fee.getQuantity()).isEqualTo(150);
		assertThat(fee.getAmount()).isEqualByComparingTo("100");
		assertThat(fee.getDueOn()).isEqualTo(DUE);
		assertThat(fee.isPaid()).isFalse();
	}

	@Test
	void payingKeepsTheNotice() {
		var paid = new Fee().noticed("PER_CASE", 11, BigDecimal.valueOf(100), DUE).paid(DUE.minusDays(3));
		assertThat(paid.isPaid()).isTrue();
		assertThat(paid.getPaidOn()).isEqualTo(DUE.minusDays(3));
		assertThat(paid.getMethod()).isEqualTo("PER_CASE");
		assertThat(paid.getQuantity()).isEqualTo(11);
		assertThat(paid.getDueOn()).isEqualTo(DUE);
	}

	@Test
	void anApplicationGetsOneFeeNoticeOnly() {
		var noticed = new Fee().noticed("PER_PAGE", 150, BigDecimal.valueOf(100), DUE);
		for (var fee : new Fee[] { noticed, noticed.paid(DUE) }) {
			assertThatThrownBy(() -> fee.noticed("PER_PAGE", 60, BigDecimal.TEN, DUE))
				.isInstanceOfSatisfying(InvalidValue.class, e -> {
					assertThat(e.field()).isEqualTo("feeMethod");
					assertThat(e.messageKey()).isEqualTo("request.fee.once");
				})
				.hasMessage("feeMethod: 每件申请只能发出一次收费通知");
		}
	}
}
