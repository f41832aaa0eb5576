package org.gongkai.portal.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.search.Rebuilt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue index for administrators and {@code deploy/gongkai reindex}: its state, and a
 * rebuild from the database that answers when the alias points at the new index.
 */
@RestController
@RequestMapping("/api/admin/catalogue/index")
@Tag(name = "administration", description = "目录索引维护（管理员）")
class CatalogueIndexApiController {

	private final CatalogueIndexAdministration administration;

	CatalogueIndexApiController(CatalogueIndexAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "索引状态", description = "The alias, the physical indices behind it, the rebuild running (if any), and the number of documents.")
	CatalogueIndexAdministration.State state() {
		return administration.state();
	}

	@PostMapping("/rebuild")
	@Operation(summary = "从数据库重建索引", description = "Fills a new physical index from the database with _bulk, re-applies what changed meanwhile, "
			+ "swaps the alias atomically and deletes the old index; searches and publications continue throughout. "
			+ "Answers when done. `discardUnfinished=true` first removes a rebuild a crashed node left behind.")
	Rebuilt rebuild(@RequestParam(defaultValue = "false") boolean discardUnfinished) {
		return administration.rebuild(discardUnfinished);
	}
}
