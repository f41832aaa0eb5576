package org.gongkai.portal.letter;

import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.letter.LetterNotFound;
import org.gongkai.workflow.letter.LetterNotInExpectedState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The letters' own refusals as RFC 9457 problems in the letters API: a letter not there (or not the
 * caller's) is 404, a step that does not fit where the letter is (a second rating) 409.
 */
@RestControllerAdvice(assignableTypes = LetterApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LetterProblems {

	private final MessageSource messages;

	LetterProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail notFound(LetterNotFound e) {
		return ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "letter-not-found", text(e.messageKey(), e.args()));
	}

	@ExceptionHandler
	ProblemDetail wrongState(LetterNotInExpectedState e) {
		return ApiProblemHandler.problem(HttpStatus.CONFLICT,
				"fact.letter.alreadyRated".equals(e.messageKey()) ? "letter-already-rated" : "wrong-state",
				text(e.messageKey(), e.args()));
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
