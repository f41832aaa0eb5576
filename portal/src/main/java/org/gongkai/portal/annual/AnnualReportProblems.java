package org.gongkai.portal.annual;

import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.annual.AnnualReportAlreadyPublished;
import org.gongkai.workflow.annual.AnnualReportNotPublishable;
import org.gongkai.workflow.annual.AnnualReportUnderReview;
import org.gongkai.workflow.annual.UnknownAgency;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The annual report's problems as RFC 9457 JSON: failing checks name every cell. */
@RestControllerAdvice(assignableTypes = AnnualReportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnnualReportProblems {

	@ExceptionHandler
	ProblemDetail notPublishable(AnnualReportNotPublishable e) {
		var problem = ApiProblemHandler.problem(HttpStatus.UNPROCESSABLE_ENTITY, "annual-report-fails-checks",
				"年度报告未通过发布前校验，请按所列单元格修改后再发布。");
		problem.setProperty("failures", e.failures());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail alreadyPublished(AnnualReportAlreadyPublished e) {
		return ApiProblemHandler.problem(HttpStatus.CONFLICT, "annual-report-published", "该年度报告已发布，不能再修改或重复发布。");
	}

	@ExceptionHandler
	ProblemDetail underReview(AnnualReportUnderReview e) {
		var problem = ApiProblemHandler.problem(HttpStatus.CONFLICT, "annual-report-under-review",
				"该年度报告已提交审核，审核期间不能修改或重复提交；审核退回后可修改再提交。");
		problem.setProperty("year", e.year());
		problem.setProperty("agency", e.agency());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknownAgency(UnknownAgency e) {
		var problem = ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "unknown-agency", e.getMessage());
		problem.setProperty("parameter", "agency");
		return problem;
	}
}
