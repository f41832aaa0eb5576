package org.gongkai.workflow.request;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.request.fee.DisclosureFees;
import org.gongkai.workflow.request.fee.FeeQuote;
import org.gongkai.workflow.task.TaskVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing a fee notice (收费通知, 国办函〔2020〕109号) while the reply clock stops (decision {@code FEE}).
 */
@Service("chargeFeeAction")
public class ChargeFee {

	private final RequestStepSupport support;

	private final DisclosureRequests requests;

	private final WorkingDayCalendar calendar;

	private final RequestProperties properties;

	private final RequestNotices notices;

	ChargeFee(RequestStepSupport support, DisclosureRequests requests, WorkingDayCalendar calendar, RequestProperties properties, RequestNotices notices) {
		this.support = support;
		this.requests = requests;
		this.calendar = calendar;
		this.properties = properties;
		this.notices = notices;
	}

	/**
	 * 109号: a fee notice by the method the handler chose; per case counts the applicant's requests
	 * received this calendar month. The reply clock stops until payment (⚙ default).
	 */
	@Transactional
	public Map<String, Object> issueFeeNotice(Long requestId, String actor, String method, Integer pages) {
		var request = support.load(requestId);
		var today = support.today();
		FeeQuote quote;
		if ("PER_PAGE".equals(method)) {
			if (pages == null || pages < 1) {
				throw new InvalidValue("feePages", "request.fee.pages");
			}
			quote = DisclosureFees.perPage(pages);
		}
		else if ("PER_CASE".equals(method)) {
			var month = today.withDayOfMonth(1);
			int cases = (int) requests.countByApplicantUserAndReceivedOnBetween(request.getApplicantUser(), month,
					month.plusMonths(1).minusDays(1));
			quote = DisclosureFees.perCase(Math.max(cases, 1));
		}
		else {
			throw new InvalidValue("feeMethod", "request.fee.method");
		}
		if (quote.isFree()) {
			throw new InvalidValue("feeMethod", "request.fee.free");
		}
		var due = calendar.addWorkingDays(today, properties.feePaymentWorkingDays()).due();
		request.noticeFee(quote.method().name(), quote.quantity(), BigDecimal.valueOf(quote.amount()), due, today,
				support.now());
		notices.save(RequestNotice.fee(requestId, support.noticeNo(NoticeKind.FEE), today, actor, quote.method().name(),
				quote.quantity(), BigDecimal.valueOf(quote.amount()), due));
		support.log(requestId, "FEE_NOTICE", actor, quote.method() + " × " + quote.quantity() + " = " + quote.amount() + " 元，缴费期限 " + due);
		return Map.of(DisclosureRequestProcess.FEE_DUE_AT, support.startOf(due.plusDays(1)));
	}

	@Transactional
	public Map<String, Object> feePaid(Long requestId, String actor) {
		var request = support.load(requestId);
		request.feePaid(support.today(), support.now());
		return support.resume(request, "FEE_PAID", actor, null);
	}

	@Transactional
	public void abandonFeeUnpaid(Long requestId) {
		support.load(requestId).abandonFeeUnpaid(support.now());
		support.log(requestId, "FEE_UNPAID", "system", null);
	}

	/**
	 * 发出收费通知（暂停计时）
	 *
	 * @param feeMethod per case or per page
	 * @param feePages the page count for {@code PER_PAGE}
	 * @param comment an optional note (意见)
	 */
	@Schema(name = "ChargeFee", description = "发出收费通知（暂停计时）")
	public record Command(FeeQuote.Method feeMethod, Integer feePages, @Size(max = 2000) String comment) implements HandleRequestCommand {

		@Override
		public Map<String, Object> variables() {
			return new TaskVariables().value(DisclosureRequestProcess.DECISION, "FEE")
				.value(DisclosureRequestProcess.FEE_METHOD, feeMethod)
				.value(DisclosureRequestProcess.FEE_PAGES, feePages)
				.text(DisclosureRequestProcess.COMMENT, comment).build();
		}
	}
}
