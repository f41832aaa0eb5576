package org.gongkai.workflow.request.fee;

import java.util.Objects;

import org.gongkai.workflow.InvalidValue;

/**
 * What a disclosure costs by one of the two methods of 国办函〔2020〕109号.
 *
 * @param method how the fee is counted; one method per application
 * @param quantity the cases (cumulative within the calendar month) or pages the fee is for
 * @param amount the fee in whole yuan (元); every rate of the notice is a whole number of yuan
 */
public record FeeQuote(Method method, int quantity, long amount) {

	public FeeQuote {
		Objects.requireNonNull(method, "method");
		if (quantity < 0 || amount < 0) {
			throw new InvalidValue(quantity < 0 ? "quantity" : "amount", "fee.quote.negative", String.valueOf(quantity), String.valueOf(amount));
		}
	}

	/** Whether nothing is charged, so no fee notice is sent. */
	public boolean isFree() {
		return amount == 0;
	}

	/** The two counting methods of the notice (按件计收, 按量计收). */
	public enum Method {

		/** 按件计收: by the applicant's number of applications within a calendar month. */
		PER_CASE,

		/** 按量计收: by the pages (or page equivalents) of one application. */
		PER_PAGE
	}
}
