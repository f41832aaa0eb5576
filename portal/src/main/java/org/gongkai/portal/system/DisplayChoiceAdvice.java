package org.gongkai.portal.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the visitor's display choice into every page's model for the {@code <html>} classes, and the
 * address of the page itself for the header's links that change it.
 */
@ControllerAdvice(annotations = Controller.class)
class DisplayChoiceAdvice {

	@ModelAttribute("display")
	DisplayChoice display(@CookieValue(name = DisplayChoice.TEXT_COOKIE, required = false) String text,
			@CookieValue(name = DisplayChoice.CONTRAST_COOKIE, required = false) String contrast) {
		return DisplayChoice.of(text, contrast);
	}

	/** This page's path and query inside the portal: where the display links come back to. */
	@ModelAttribute("displayReturn")
	String displayReturn(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorUri != null ? errorUri.toString() : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		if (path.startsWith("/subscriptions/confirm/") || path.startsWith("/subscriptions/unsubscribe/")) {
			return "/"; // the token in the path is a secret: it must not travel on in another address
		}
		if (path.equals("/requests/lookup")) {
			return path; // nor may the 查询码 of GET /requests/lookup?no=…&code=…
		}
		String query = errorUri != null ? null : request.getQueryString();
		return query == null ? path : path + "?" + query;
	}
}
