package org.gongkai.portal.report;

import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.report.ReportNotFound;
import org.gongkai.workflow.report.ReportNotInExpectedState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems of the report API. */
@RestControllerAdvice(assignableTypes = { ReportApiController.class, EmergencyApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportApiProblems {

	@ExceptionHandler
	ProblemDetail notFound(ReportNotFound e) {
		return ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "report-not-found", "信息不存在或您无权查看。");
	}

	@ExceptionHandler
	ProblemDetail emergencyNotFound(org.gongkai.workflow.report.EmergencyEventNotFound e) {
		return ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "emergency-not-found", "紧急事件不存在或您无权查看。");
	}

	@ExceptionHandler
	ProblemDetail emergencyWrongState(org.gongkai.workflow.report.EmergencyNotInExpectedState e) {
		return ApiProblemHandler.problem(HttpStatus.CONFLICT, "wrong-state", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail wrongState(ReportNotInExpectedState e) {
		return ApiProblemHandler.problem(HttpStatus.CONFLICT, "wrong-state", e.getMessage());
	}
}
