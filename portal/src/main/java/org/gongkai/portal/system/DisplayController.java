package org.gongkai.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header's 长者模式 links: {@code /display?text=large&return=/catalogue} keeps the choice in a
 * cookie and goes back to the page, so it works without JavaScript. A link and not a form: the choice
 * is a harmless preference of this browser, not an action on anyone's data.
 */
@Controller
class DisplayController {

	@GetMapping("/display")
	String choose(@RequestParam(required = false) String text, @RequestParam(required = false) String contrast,
			@RequestParam(name = "return", required = false) String back, HttpServletRequest request,
			HttpServletResponse response) {
		if (text != null && DisplayChoice.SIZES.contains(text)) {
			keep(request, response, DisplayChoice.TEXT_COOKIE, text);
		}
		if (DisplayChoice.HIGH.equals(contrast) || DisplayChoice.NORMAL.equals(contrast)) {
			keep(request, response, DisplayChoice.CONTRAST_COOKIE, contrast);
		}
		return "redirect:" + local(back);
	}

	private static void keep(HttpServletRequest request, HttpServletResponse response, String name, String value) {
		var cookie = ResponseCookie.from(name, value)
			.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
			.maxAge(DisplayChoice.KEPT)
			.sameSite("Lax")
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** Only a path inside this site: never another host ({@code //host}, {@code /\host}, {@code https:}). */
	static String local(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
				|| back.chars().anyMatch(c -> c < 0x20)) {
			return "/";
		}
		return back;
	}
}
