package org.gongkai.portal.catalogue;

import java.util.Map;

import org.gongkai.portal.system.NotFound;
import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.CatalogueAttachments;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue pages: home, search with facets, item detail. Anonymous. */
@Controller
class CatalogueController {

	private final CatalogueSearch search;

	private final CatalogueItems items;

	private final CatalogueColumns columns;

	private final Departments departments;

	private final PublicItemDetails publicDetails;

	private final CatalogueAttachments attachments;

	CatalogueController(CatalogueSearch search, CatalogueItems items, CatalogueColumns columns,
			Departments departments, PublicItemDetails publicDetails, CatalogueAttachments attachments) {
		this.publicDetails = publicDetails;
		this.attachments = attachments;
		this.search = search;
		this.items = items;
		this.columns = columns;
		this.departments = departments;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("columns", columns.findAllByOrderByParentCodeAscSortOrderAsc());
		try {
			model.addAttribute("latest", search.search(new SearchQuery(null, Map.of(), "date", 10, null)));
		}
		catch (SearchUnavailable e) {
			model.addAttribute("searchDown", true);
		}
		return "catalogue/home";
	}

	@GetMapping("/catalogue")
	String search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(defaultValue = "relevance") String sort, @RequestParam(required = false) String after,
			@RequestParam Map<String, String> parameters, Model model) {
		var filters = CatalogueSearchApiController.filters(parameters);
		var order = "date".equals(sort) ? "date" : "relevance";
		model.addAttribute("q", text == null ? "" : text);
		model.addAttribute("filters", filters);
		model.addAttribute("sort", order);
		model.addAttribute("columns", columns.findAllByOrderByParentCodeAscSortOrderAsc());
		try {
			model.addAttribute("result", search.search(new SearchQuery(text, filters, order, 10, after)));
		}
		catch (SearchUnavailable e) {
			model.addAttribute("searchDown", true);
		}
		catch (IllegalArgumentException badCursor) {
			model.addAttribute("badPage", true);
		}
		return "catalogue/search";
	}

	@GetMapping("/catalogue/items/{id}")
	String item(@PathVariable Long id, Model model) {
		var item = items.findById(id).filter(i -> i.isPublic()).orElseThrow(() -> new NotFound("Catalogue item " + id));
		model.addAttribute("item", item);
		model.addAttribute("column", columns.findById(item.getColumnCode()).orElse(null));
		model.addAttribute("department", departments.findById(item.getDepartmentCode()).orElse(null));
		publicDetails.addTo(item, model);
		return "catalogue/item";
	}

	@GetMapping("/catalogue/items/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId) {
		items.findById(id).filter(i -> i.isPublic()).orElseThrow(() -> new NotFound("Catalogue item " + id));
		return AttachmentDownloads.response(attachments.findById(attachmentId)
			.filter(a -> a.getItemId().equals(id))
			.orElseThrow(() -> new NotFound("Attachment " + attachmentId)));
	}
}
