package org.gongkai.portal.admin;

import org.gongkai.search.IndexingFailed;
import org.gongkai.search.RebuildAlreadyRunning;
import org.gongkai.search.SearchUnavailable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the catalogue index: its state and the rebuild button. */
@Controller
class CatalogueIndexController {

	private final CatalogueIndexAdministration administration;

	CatalogueIndexController(CatalogueIndexAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/catalogue-index")
	String show(Model model) {
		try {
			model.addAttribute("state", administration.state());
		}
		catch (SearchUnavailable e) {
			model.addAttribute("searchDown", true);
		}
		return "admin/catalogue-index";
	}

	@PostMapping("/admin/catalogue-index/rebuild")
	String rebuild(@RequestParam(defaultValue = "false") boolean discardUnfinished, RedirectAttributes redirect) {
		try {
			var rebuilt = administration.rebuild(discardUnfinished);
			redirect.addFlashAttribute("message", "admin.index.rebuilt");
			redirect.addFlashAttribute("rebuilt", rebuilt);
		}
		catch (RebuildAlreadyRunning e) {
			redirect.addFlashAttribute("error", "admin.index.alreadyRunning");
			redirect.addFlashAttribute("errorDetail", e.index());
		}
		catch (SearchUnavailable e) {
			redirect.addFlashAttribute("error", "admin.index.unavailable");
		}
		catch (IndexingFailed e) {
			redirect.addFlashAttribute("error", "admin.index.refused");
			redirect.addFlashAttribute("errorDetail", org.gongkai.portal.system.SafeDetail.of(e, null));
		}
		return "redirect:/admin/catalogue-index";
	}
}
