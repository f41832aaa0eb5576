package org.gongkai.portal.system;

import java.util.Map;

import org.gongkai.portal.security.AccountDirectoryUnavailable;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.request.RemedyAlreadyDecided;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Implausible values the domain refuses ({@link InvalidValue}) answered like a validation error: 400
 * {@code invalid-input} with the field's message under {@code errors}; a remedy decided twice is 409;
 * Keycloak not answering whether an account exists is 503.
 * Ordered first so that it wins over the advices that handle any {@link IllegalArgumentException}.
 */
@RestControllerAdvice(basePackages = "org.gongkai.portal", annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidValueProblems {

	private final MessageSource messages;

	InvalidValueProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalidValue(InvalidValue e) {
		var message = messages.getMessage(e.messageKey(), e.args(), e.detail(), LocaleContextHolder.getLocale());
		var problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, "invalid-input", message);
		problem.setProperty("field", e.field());
		problem.setProperty("errors", Map.of(e.field(), message));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail accountDirectoryUnavailable(AccountDirectoryUnavailable e) {
		return ApiProblemHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, "account-directory-unavailable",
				messages.getMessage("request.applicantUser.unavailable", null, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	ProblemDetail remedyAlreadyDecided(RemedyAlreadyDecided e) {
		var problem = ApiProblemHandler.problem(HttpStatus.CONFLICT, "remedy-already-decided",
				messages.getMessage("remedy.alreadyDecided", null, LocaleContextHolder.getLocale()));
		problem.setProperty("remedyId", e.remedyId());
		return problem;
	}
}
