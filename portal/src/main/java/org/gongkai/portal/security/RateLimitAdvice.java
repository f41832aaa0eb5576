package org.gongkai.portal.security;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.portal.system.ApiProblemHandler;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * Answers a {@link RateLimited} call with 429 and {@code Retry-After}: RFC 9457 problem JSON for the API
 * and any client that does not ask for HTML, a page for a browser. An infrastructure concern, kept apart from
 * the domain's table in {@code system.DomainProblems}: it answers pages and the API alike, with a header,
 * and goes before every other advice.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RateLimitAdvice {

	private final MessageSource messages;

	private final ObjectMapper json;

	RateLimitAdvice(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@ExceptionHandler
	ModelAndView rateLimited(RateLimited e, HttpServletRequest request, HttpServletResponse response) {
		var seconds = e.retryAfterSeconds();
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (wantsPage(request)) {
			return new ModelAndView("error/429", Map.of("retryAfter", seconds), HttpStatus.TOO_MANY_REQUESTS);
		}
		var locale = LocaleContextHolder.getLocale();
		var problem = ApiProblemHandler.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
				messages.getMessage("rateLimit.detail", new Object[] { seconds }, locale));
		problem.setTitle(messages.getMessage("rateLimit.title", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("retryAfter", seconds);
		var view = new MappingJackson2JsonView(json);
		view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		view.setExtractValueFromSingleKeyModel(true);
		var answer = new ModelAndView(view, "problem", problem);
		answer.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		return answer;
	}

	/** A page outside the API, asked for by a browser. */
	private static boolean wantsPage(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT))
				.stream()
				.anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
		}
		catch (InvalidMediaTypeException garbled) {
			return false;
		}
	}
}
