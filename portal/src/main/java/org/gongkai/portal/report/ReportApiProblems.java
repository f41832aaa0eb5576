package org.gongkai.portal.report;

import java.util.Map;

import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.information.ReportAlreadyInCatalogue;
import org.gongkai.workflow.information.ReportNotFound;
import org.gongkai.workflow.information.ReportNotInExpectedState;
import org.gongkai.workflow.UnknownReference;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems of the 政务信息 API. */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ReportApiProblems {

	@ExceptionHandler
	ProblemDetail notFound(ReportNotFound e) {
		return ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "report-not-found", "信息不存在或您无权查看。");
	}

	@ExceptionHandler
	ProblemDetail alreadyInCatalogue(ReportAlreadyInCatalogue e) {
		var problem = ApiProblemHandler.problem(HttpStatus.CONFLICT, "report-already-in-catalogue",
				"该信息已转入公开目录。");
		problem.setProperty("itemId", e.itemId());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknownReference(UnknownReference e) {
		var problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, "unknown-reference", e.getMessage());
		problem.setProperty("field", e.field());
		problem.setProperty("errors", Map.of(e.field(), e.getMessage()));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail wrongState(ReportNotInExpectedState e) {
		return ApiProblemHandler.problem(HttpStatus.CONFLICT, "wrong-state", e.getMessage());
	}
}
