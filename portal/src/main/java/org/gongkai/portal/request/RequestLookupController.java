package org.gongkai.portal.request;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 查询办理进度 without an account: whoever holds the receipt number and the 查询码 sees where the request is, its
 * dated steps and its due date. A wrong pair, whichever half is wrong, gets the same answer. Each try counts
 * against the {@code gongkai.rate-limit.lookup} limit.
 * <p>
 * The form posts, so that the 查询码 stays out of the address bar, the history, the {@code Referer} and the
 * access logs; {@code GET ?no=…&code=…} answers the same for a link or a script that has both. Letters and mails
 * link to {@code ?no=…} only, with the number filled in.
 */
@Controller
class RequestLookupController {

	private final RequestQueries queries;

	private final StepNotes notes;

	RequestLookupController(RequestQueries queries, StepNotes notes) {
		this.queries = queries;
		this.notes = notes;
	}

	@GetMapping("/requests/lookup")
	String lookupForm(@RequestParam(required = false) String no, @RequestParam(required = false) String code,
			Model model) {
		return code == null ? form(no, model) : lookup(no, code, model);
	}

	@PostMapping("/requests/lookup")
	String processLookupForm(@RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String code,
			Model model) {
		return lookup(no, code, model);
	}

	private String lookup(String no, String code, Model model) {
		if (no == null || no.isBlank() || code.isBlank()) {
			model.addAttribute("missing", true);
			return form(no, model);
		}
		var found = queries.lookup(no, code, notes);
		if (found.isEmpty()) {
			model.addAttribute("notFound", true);
			return form(no, model);
		}
		model.addAttribute("result", found.get());
		return form(no, model);
	}

	private static String form(String no, Model model) {
		model.addAttribute("no", no == null ? "" : no.strip());
		return "request/lookup";
	}
}
