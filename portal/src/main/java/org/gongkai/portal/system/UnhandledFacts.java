package org.gongkai.portal.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.workflow.emergency.EmergencyEventNotFound;
import org.gongkai.workflow.information.ReportNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The last resort for facts no feature's advice answered, on pages and in the API alike (it goes after
 * all of them): a report or emergency that does not exist is 404, and a value the database refuses (out of
 * its column's range, a duplicate) is 400 or 409, never 500. Nothing was written: the transaction rolled back.
 * Apart from the table in {@link DomainProblems} because it answers pages too, with the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnhandledFacts {

	private final ObjectMapper json;

	private final MessageSource messages;

	UnhandledFacts(ObjectMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	@ExceptionHandler({ ReportNotFound.class, EmergencyEventNotFound.class })
	void notFound(RuntimeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(request, response, HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound");
	}

	@ExceptionHandler
	void duplicate(DuplicateKeyException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		answer(request, response, HttpStatus.CONFLICT, "duplicate", "api.problem.duplicate");
	}

	@ExceptionHandler
	void refusedByTheDatabase(DataIntegrityViolationException e, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		answer(request, response, HttpStatus.BAD_REQUEST, "invalid-input",
				"api.problem.outOfRange");
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String messageKey) throws IOException {
		MalformedRequestProblems.answer(json, request, response, status, type,
				messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
	}
}
