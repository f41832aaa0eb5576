package org.gongkai.portal.calendar;

import java.time.temporal.Temporal;

import org.gongkai.portal.system.ApiProblemHandler;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to the calculators as a 400 problem of type {@code invalid-parameter} with the parameter's
 * name as property {@code parameter}. Ordered before {@link ApiProblemHandler}, whose generic answers
 * to missing and malformed parameters would not name it.
 */
@RestControllerAdvice(assignableTypes = { CalendarApiController.class, FeeApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarApiProblems {

	static final String TYPE = "invalid-parameter";

	private final MessageSource messages;

	CalendarApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidParameter e) {
		return problem(e.parameter(), e.messageKey(), e.arguments());
	}

	@ExceptionHandler
	ProblemDetail missingParameter(MissingServletRequestParameterException e) {
		return problem(e.getParameterName(), "api.parameter.missing", e.getParameterName());
	}

	@ExceptionHandler
	ProblemDetail malformedParameter(MethodArgumentTypeMismatchException e) {
		var type = e.getRequiredType();
		String key;
		if (type != null && Temporal.class.isAssignableFrom(type)) {
			key = "api.parameter.date";
		}
		else if (type != null && (type.isPrimitive() || Number.class.isAssignableFrom(type))) {
			key = "api.parameter.integer";
		}
		else {
			key = "api.parameter.malformed";
		}
		return problem(e.getName(), key, e.getName());
	}

	private ProblemDetail problem(String parameter, String messageKey, Object... arguments) {
		var detail = messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale());
		var problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, TYPE, detail);
		problem.setProperty("parameter", parameter);
		return problem;
	}
}
