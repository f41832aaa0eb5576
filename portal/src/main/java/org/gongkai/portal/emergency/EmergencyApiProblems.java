package org.gongkai.portal.emergency;

import java.util.Map;

import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.emergency.EmergencyEventNotFound;
import org.gongkai.workflow.emergency.EmergencyNotInExpectedState;
import org.gongkai.workflow.UnknownReference;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems of the 紧急信息 API. */
@RestControllerAdvice(assignableTypes = EmergencyApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class EmergencyApiProblems {

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
}
