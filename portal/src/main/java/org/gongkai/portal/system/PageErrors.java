package org.gongkai.portal.system;

import org.gongkai.workflow.request.RequestNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Domain "not found" facts from the workflow module shown as the 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(RequestNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String requestNotFound() {
		return "error/404";
	}
}
