package org.gongkai.portal.consultation;

import java.util.Locale;

import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.Refusal;
import org.gongkai.workflow.consultation.ConsultationNotFound;
import org.gongkai.workflow.consultation.ConsultationNotInExpectedState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The consultation's own facts as RFC 9457 problems, for the consultation API and the task API that completes
 * its tasks (every REST controller, for these two types only): not found 404, a step the state does not allow 409.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultationProblems {

	private final MessageSource messages;

	ConsultationProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ConsultationNotFound.class)
	ProblemDetail notFound(ConsultationNotFound e) {
		return problem(HttpStatus.NOT_FOUND, "consultation-not-found", e);
	}

	@ExceptionHandler(ConsultationNotInExpectedState.class)
	ProblemDetail wrongState(ConsultationNotInExpectedState e) {
		return problem(HttpStatus.CONFLICT, "wrong-state", e);
	}

	private ProblemDetail problem(HttpStatus status, String type, RuntimeException e) {
		var refusal = (Refusal) e;
		Locale locale = LocaleContextHolder.getLocale();
		return ApiProblemHandler.problem(status, type,
				messages.getMessage(refusal.messageKey(), refusal.args(), refusal.messageKey(), locale));
	}
}
