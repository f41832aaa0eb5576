package org.gongkai.portal.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The last exception resolver, after every {@code @ExceptionHandler}, {@code @ResponseStatus} and
 * Spring's own: whatever an API call raised that nothing answered becomes a 500 problem with a generic
 * text and an error id, and the log line carries the id and the exception. Pages go on to the generic
 * error page. Spring Security's exceptions go on to the security filters.
 */
public class UnexpectedErrors implements HandlerExceptionResolver {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

	private final MessageSource messages;

	private final ObjectMapper json;

	public UnexpectedErrors(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
			return null;
		}
		var id = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error {} answering {} {}", id, request.getMethod(), request.getRequestURI(), ex);
		var locale = RequestContextUtils.getLocale(request);
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				messages.getMessage("api.problem.unexpected", new Object[] { id }, locale));
		problem.setType(URI.create(ApiProblemHandler.TYPE_BASE + "unexpected"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("errorId", id);
		try {
			response.resetBuffer();
			response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
		}
		catch (IOException | IllegalStateException writing) {
			log.warn("Could not answer error {}", id, writing);
		}
		return new ModelAndView();
	}

	/** Adds the resolver after Spring's own. */
	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		private final MessageSource messages;

		private final ObjectMapper json;

		Registration(MessageSource messages, ObjectMapper json) {
			this.messages = messages;
			this.json = json;
		}

		@Override
		public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
			resolvers.add(new UnexpectedErrors(messages, json));
		}
	}
}
