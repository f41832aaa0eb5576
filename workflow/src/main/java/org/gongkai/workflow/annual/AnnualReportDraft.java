package org.gongkai.workflow.annual;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What the office enters for a year's report: 表二's rows the system cannot count and the prose of
 * sections 一, 五 and 六. Any field may stay empty in a draft; the checks before publication require
 * them. Section 六's fee figures are not entered: they come from the fee notices ({@link FeeFigures}).
 */
public record AnnualReportDraft(
		@Min(value = 0, message = "{annual.number.negative}") Long licensing,
		@Min(value = 0, message = "{annual.number.negative}") Long punishment,
		@Min(value = 0, message = "{annual.number.negative}") Long coercion,
		@DecimalMin(value = "0", message = "{annual.number.negative}") @Digits(integer = 10, fraction = 4, message = "{annual.amount.digits}") BigDecimal administrativeFees,
		@Size(max = 20000) String overview,
		@Size(max = 20000) String problems,
		@Size(max = 20000) String otherMatters) {

	public static AnnualReportDraft empty() {
		return new AnnualReportDraft(null, null, null, null, null, null, null);
	}
}
