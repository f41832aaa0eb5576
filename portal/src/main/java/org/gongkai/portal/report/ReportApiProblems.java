package org.gongkai.portal.report;

import java.util.Map;

import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.report.EmergencyEventNotFound;
import org.gongkai.workflow.report.EmergencyNotInExpectedState;
import org.gongkai.workflow.report.ReportAlreadyInCatalogue;
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

	/** {@code field: message} from the use cases, answered with the field's message like a validation error. */
	@ExceptionHandler
	ProblemDetail invalidInput(IllegalArgumentException e) {
		var message = org.gongkai.portal.system.SafeDetail.of(e, "提交的内容有误，请检查后重试。");
		var problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, "invalid-input", message);
		int colon = message.indexOf(": ");
		if (colon > 0 && message.substring(0, colon).matches("[A-Za-z]+")) {
			problem.setProperty("errors", Map.of(message.substring(0, colon), message.substring(colon + 2)));
		}
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
	ProblemDetail emergencyNotFound(EmergencyEventNotFound e) {
		return ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "emergency-not-found", "紧急事件不存在或您无权查看。");
	}

	@ExceptionHandler
	ProblemDetail emergencyWrongState(EmergencyNotInExpectedState e) {
		return ApiProblemHandler.problem(HttpStatus.CONFLICT, "wrong-state", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail wrongState(ReportNotInExpectedState e) {
		return ApiProblemHandler.problem(HttpStatus.CONFLICT, "wrong-state", e.getMessage());
	}
}
