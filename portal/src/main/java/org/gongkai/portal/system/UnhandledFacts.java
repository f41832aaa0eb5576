package org.gongkai.portal.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.gongkai.workflow.emergency.EmergencyEventNotFound;
import org.gongkai.workflow.information.ReportNotFound;
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
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnhandledFacts {

	private final ObjectMapper json;

	UnhandledFacts(ObjectMapper json) {
		this.json = json;
	}

	@ExceptionHandler({ ReportNotFound.class, EmergencyEventNotFound.class })
	void notFound(RuntimeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(request, response, HttpStatus.NOT_FOUND, "not-found", "所请求的内容不存在或您无权查看。");
	}

	@ExceptionHandler
	void duplicate(DuplicateKeyException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		answer(request, response, HttpStatus.CONFLICT, "duplicate", "相同的记录已经存在。");
	}

	@ExceptionHandler
	void refusedByTheDatabase(DataIntegrityViolationException e, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		answer(request, response, HttpStatus.BAD_REQUEST, "invalid-input",
				"提交的内容超出了允许的范围（如日期、长度或引用的记录），未保存，请检查后重新提交。");
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detail) throws IOException {
		MalformedRequestProblems.answer(json, request, response, status, type, detail);
	}
}
