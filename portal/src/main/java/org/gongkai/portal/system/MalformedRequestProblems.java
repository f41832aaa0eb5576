package org.gongkai.portal.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request body that cannot be read as what it claims to be (a multipart body without boundary, with
 * the wrong one, cut short, or too large) answers 400 (413 when too large), never 500: problem JSON under
 * {@code /api/**}, the error page elsewhere. An infrastructure concern, kept apart from the domain's table in
 * {@link DomainProblems}: it applies to every handler and to none (the dispatcher parses a multipart body
 * before it knows the handler, where the handler-scoped advices do not reach), and it answers pages too, so
 * this advice goes first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequestProblems {

	private final ObjectMapper json;

	private final MessageSource messages;

	MalformedRequestProblems(ObjectMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	@ExceptionHandler
	void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "api.problem.tooLarge");
	}

	@ExceptionHandler
	void unreadableMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		answer(request, response, HttpStatus.BAD_REQUEST, "malformed-multipart",
				"api.problem.malformedMultipart");
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String messageKey) throws IOException {
		answer(json, request, response, status, type,
				messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
	}

	/** Problem JSON under {@code /api/**}, else the error page for the status. */
	static void answer(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String type, String detail) throws IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(status.value());
			return;
		}
		var problem = ApiProblemHandler.problem(status, type, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
