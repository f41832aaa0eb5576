package org.gongkai.workflow.request;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.gongkai.workflow.InvalidValue;

/**
 * The fee of a disclosure (信息处理费, 国办函〔2020〕109号): the one notice an application may get, by one
 * counting method, and the day it was paid. Empty while no fee was charged. The amount is quoted by
 * {@code fee.DisclosureFees}.
 */
@Embeddable
public class Fee {

	@Column(name = "fee_method")
	private String method;

	@Column(name = "fee_quantity")
	private Integer quantity;

	@Column(name = "fee_amount")
	private BigDecimal amount;

	@Column(name = "fee_due_on")
	private LocalDate dueOn;

	@Column(name = "fee_paid_on")
	private LocalDate paidOn;

	/** No fee charged. */
	Fee() {
	}

	private Fee(String method, Integer quantity, BigDecimal amount, LocalDate dueOn, LocalDate paidOn) {
		this.method = method;
		this.quantity = quantity;
		this.amount = amount;
		this.dueOn = dueOn;
		this.paidOn = paidOn;
	}

	/**
	 * The fee notice: one per application (one charging method per application), so the annual report's fee
	 * figures count each fee once.
	 * @throws InvalidValue {@code feeMethod} when a notice was sent already
	 */
	Fee noticed(String method, int quantity, BigDecimal amount, LocalDate dueOn) {
		if (isNoticed()) {
			throw new InvalidValue("feeMethod", "request.fee.once");
		}
		return new Fee(method, quantity, amount, dueOn, null);
	}

	/** The applicant paid on {@code paidOn}. */
	Fee paid(LocalDate paidOn) {
		return new Fee(method, quantity, amount, dueOn, paidOn);
	}

	/** Whether a fee notice was sent. */
	public boolean isNoticed() {
		return method != null;
	}

	public boolean isPaid() {
		return paidOn != null;
	}

	/** A {@code FeeQuote.Method} name, or null while no fee was charged. */
	public String getMethod() {
		return method;
	}

	/** The cases or pages the fee is for. */
	public Integer getQuantity() {
		return quantity;
	}

	/** In yuan. */
	public BigDecimal getAmount() {
		return amount;
	}

	/** The last day to pay. */
	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}
}
