package org.gongkai.portal.guide;

import org.gongkai.portal.system.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The public 政府信息公开指南 of the government ({@code /guide}) and of each agency. Anonymous. */
@Controller
class GuideController {

	private final Guides guides;

	GuideController(Guides guides) {
		this.guides = guides;
	}

	@GetMapping("/guide")
	String government(Model model) {
		model.addAttribute("guide", guides.government());
		return "guide/guide";
	}

	@GetMapping("/agencies/{code}/guide")
	String agency(@PathVariable String code, Model model) {
		model.addAttribute("guide", guides.of(code).orElseThrow(() -> new NotFound("Agency " + code)));
		return "guide/guide";
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}
}
