package org.gongkai.portal.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

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
 * {@code /api/**}, the error page elsewhere. It applies to every handler and to none: the dispatcher parses
 * a multipart body before it knows the handler, where the handler-scoped {@link ApiProblemHandler} does not
 * reach, so this advice goes first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequestProblems {

	private final ObjectMapper json;

	MalformedRequestProblems(ObjectMapper json) {
		this.json = json;
	}

	@ExceptionHandler
	void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "上传的内容超过了允许的大小。");
	}

	@ExceptionHandler
	void unreadableMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		answer(request, response, HttpStatus.BAD_REQUEST, "malformed-multipart",
				"无法读取上传的内容（multipart/form-data 格式有误或不完整），请重新提交。");
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detail) throws IOException {
		answer(json, request, response, status, type, detail);
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
