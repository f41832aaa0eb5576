package org.gongkai.portal.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.system.InvalidParameter;
import org.gongkai.workflow.request.fee.DisclosureFees;
import org.gongkai.workflow.request.fee.FeeQuote;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Anonymous fee calculator for disclosure on request (国办函〔2020〕109号). */
@RestController
@RequestMapping("/api/fees")
@Tag(name = "fees", description = "信息处理费试算（匿名）")
class FeeApiController {

	static final int MAX_CASES = 1000;

	static final int MAX_PAGES = 100_000;

	/**
	 * @param amount in whole yuan (元)
	 */
	record Quote(FeeQuote.Method method, long amount) {
	}

	@GetMapping("/quote")
	@Operation(summary = "信息处理费试算",
			description = "Exactly one of `cases` (按件计收: the applicant's applications in one calendar month, cumulative; 1–10 free, 11–30 at 100 元, each further ten 100 元 dearer) or `pages` (按量计收: 1–30 free, 31–100 at 10 元, 101–200 at 20 元, beyond at 40 元 a page).")
	Quote quote(
			@Parameter(description = "本月累计申请件数，1–1000", example = "41") @RequestParam(required = false) Integer cases,
			@Parameter(description = "页数，1–100000", example = "150") @RequestParam(required = false) Integer pages) {
		if ((cases == null) == (pages == null)) {
			throw new InvalidParameter("cases|pages", "api.fees.oneMethod");
		}
		var quote = cases != null ? DisclosureFees.perCase(InvalidParameter.requireBetween("cases", cases, 1, MAX_CASES))
				: DisclosureFees.perPage(InvalidParameter.requireBetween("pages", pages, 1, MAX_PAGES));
		return new Quote(quote.method(), quote.amount());
	}
}
