package org.gongkai.portal.documents;

import java.math.BigDecimal;
import java.util.Objects;

import org.gongkai.workflow.request.NoticeKind;

/**
 * 收费通知 (art. 42, 国办函〔2020〕109号): the information-processing fee for this request. The
 * applicant pays within 20 working days from the day after delivery, or the request is deemed
 * abandoned.
 *
 * @param method how the fee is counted
 * @param quantity the applicant's requests this calendar month ({@link Method#PER_CASE}) or the pages
 *        to provide ({@link Method#PER_PAGE})
 * @param amountYuan the fee in yuan, at most two decimals
 * @param paymentInstructions how to pay (account, counter, online payment)
 * @param replyPeriodSuspended whether the reply period stops until the fee is paid (⚙, default yes)
 */
public record FeeNotice(Issuer issuer, RequestDetails request, Method method, int quantity, BigDecimal amountYuan,
		String paymentInstructions, boolean replyPeriodSuspended) implements RecordedNotice {

	public static final String TITLE = NoticeKind.FEE.title();

	/** The two counting methods of 国办函〔2020〕109号; one per application. */
	public enum Method {
		/** 按件计收: per request, cumulative per applicant within a calendar month. */
		PER_CASE("按件计收"),
		/** 按量计收: per page of the information provided. */
		PER_PAGE("按量计收");

		private final String label;

		Method(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public FeeNotice {
		Objects.requireNonNull(issuer, "issuer");
		Notices.requireDisclosure(request, "fee notice");
		Objects.requireNonNull(method, "method");
		if (quantity <= 0) {
			throw new IllegalArgumentException("quantity must be positive");
		}
		Objects.requireNonNull(amountYuan, "amountYuan");
		if (amountYuan.signum() <= 0 || amountYuan.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("amountYuan must be positive with at most two decimals: " + amountYuan);
		}
		Notices.requireText(paymentInstructions, "paymentInstructions");
	}

	public FeeNotice(Issuer issuer, RequestDetails request, Method method, int quantity, BigDecimal amountYuan,
			String paymentInstructions) {
		this(issuer, request, method, quantity, amountYuan, paymentInstructions, true);
	}

	@Override
	public NoticeKind kind() {
		return NoticeKind.FEE;
	}
}
