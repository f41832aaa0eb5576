package org.gongkai.portal.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.portal.agency.Agencies;
import org.gongkai.portal.system.NotFound;
import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchBusy;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.annual.SubmitAnnualReport;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.CatalogueAttachments;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The public catalogue pages: home, search with facets, the column tree, item detail. Anonymous. */
@Controller
class CatalogueController {

	static final int PAGE_SIZE = 10;

	/** The column of the 政府信息公开指南, whose page links to the generated guides. */
	static final String GUIDE_COLUMN = "guide";

	private final CatalogueSearch search;

	private final CatalogueItems items;

	private final CatalogueColumns columns;

	private final Departments departments;

	private final PublicItemDetails publicDetails;

	private final CatalogueAttachments attachments;

	private final Agencies agencies;

	private final GenerateAnnualReport annualReports;

	CatalogueController(CatalogueSearch search, CatalogueItems items, CatalogueColumns columns,
			Departments departments, PublicItemDetails publicDetails, CatalogueAttachments attachments,
			Agencies agencies, GenerateAnnualReport annualReports) {
		this.agencies = agencies;
		this.annualReports = annualReports;
		this.publicDetails = publicDetails;
		this.attachments = attachments;
		this.search = search;
		this.items = items;
		this.columns = columns;
		this.departments = departments;
	}

	@GetMapping("/")
	String home(Model model) {
		SearchResult latest = null;
		try {
			latest = search.search(new SearchQuery(null, Map.of(), SearchQuery.DATE, PAGE_SIZE, null));
			model.addAttribute("latest", latest);
			model.addAttribute("publishedDates", publishedDates(latest));
		}
		catch (SearchUnavailable e) {
			model.addAttribute("searchDown", true);
		}
		model.addAttribute("tree", tree(latest));
		model.addAttribute("agencies", agencies.tree().orElse(null));
		return "catalogue/home";
	}

	/** A missing item, column or attachment: the 404 page, not the API's problem JSON. */
	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * The 发布日期 of the hits, by id, from the database: the latest list is ordered by it and shows it
	 * (a hit carries only the 成文日期).
	 */
	private Map<String, LocalDate> publishedDates(SearchResult result) {
		var ids = result.hits().stream().map(SearchResult.Hit::id).filter(id -> id.chars().allMatch(Character::isDigit))
			.map(Long::valueOf)
			.toList();
		return items.findAllById(ids).stream()
			.filter(item -> item.getPublishedAt() != null)
			.collect(Collectors.toMap(item -> String.valueOf(item.getId()),
					item -> item.getPublishedAt().atZone(CatalogueDocuments.CHINA).toLocalDate()));
	}

	@GetMapping("/catalogue")
	String search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(defaultValue = "relevance") String sort, @RequestParam(required = false) String after,
			@RequestParam Map<String, String> parameters, Model model, HttpServletResponse response) {
		var filters = CatalogueSearchApiController.filters(parameters);
		var order = SearchQuery.DATE.equals(sort) ? SearchQuery.DATE : SearchQuery.RELEVANCE;
		var q = text == null ? "" : text.strip();
		model.addAttribute("q", q);
		model.addAttribute("filters", filters);
		model.addAttribute("sort", order);
		model.addAttribute("links", new SearchLinks(q, order, filters));
		model.addAttribute("firstPage", after == null || after.isBlank());
		if (filters.containsKey("agency")) {
			departments.findById(filters.get("agency")).ifPresent(a -> model.addAttribute("agencyName", a.getName()));
		}
		try {
			var result = search.search(new SearchQuery(text, filters, order, PAGE_SIZE, after));
			model.addAttribute("result", result);
			model.addAttribute("pastEnd", after != null && !after.isBlank() && result.hits().isEmpty());
		}
		catch (SearchBusy e) {
			// shed for load: say so at once, and when to come back
			model.addAttribute("searchBusy", true);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
		}
		catch (SearchUnavailable e) {
			model.addAttribute("searchDown", true);
		}
		catch (IllegalArgumentException badCursor) {
			model.addAttribute("badPage", true);
		}
		return "catalogue/search";
	}

	@GetMapping("/catalogue/columns")
	String columns(Model model) {
		try {
			model.addAttribute("tree", tree(search.search(new SearchQuery(null, Map.of(), SearchQuery.DATE, 1, null))));
		}
		catch (SearchUnavailable e) {
			model.addAttribute("searchDown", true);
			model.addAttribute("tree", tree(null));
		}
		return "catalogue/columns";
	}

	@GetMapping("/catalogue/columns/{code}")
	String column(@PathVariable String code, @RequestParam(required = false) String after, Model model) {
		if (SubmitAnnualReport.COLUMN.equals(code)) {
			// the 年报 column lists the reports' own pages, grouped by year and agency
			return "redirect:/annual-reports";
		}
		SearchResult all = null;
		try {
			all = search.search(new SearchQuery(null, Map.of(), SearchQuery.DATE, 1, null));
		}
		catch (SearchUnavailable e) {
			model.addAttribute("searchDown", true);
		}
		var tree = tree(all);
		var path = tree.path(code).orElseThrow(() -> new NotFound("Catalogue column " + code));
		var column = path.get(path.size() - 1);
		model.addAttribute("path", path);
		model.addAttribute("column", column);
		if (GUIDE_COLUMN.equals(code)) {
			// the 指南 are generated from the offices' data (portal/guide), not filed as items
			model.addAttribute("guideAgencies", departments.findAll(Sort.by("name")));
		}
		if (column.isLeaf() && all != null) {
			try {
				var result = search
					.search(new SearchQuery(null, Map.of("columnCode", code), SearchQuery.DATE, PAGE_SIZE, after));
				model.addAttribute("result", result);
				model.addAttribute("pastEnd", after != null && !after.isBlank() && result.hits().isEmpty());
			}
			catch (IllegalArgumentException badCursor) {
				model.addAttribute("badPage", true);
			}
		}
		return "catalogue/column";
	}

	@GetMapping("/catalogue/items/{id}")
	String item(@PathVariable Long id, Model model) {
		var item = items.findById(id).filter(i -> i.isPublic()).orElseThrow(() -> new NotFound("Catalogue item " + id));
		var report = annualReports.publishedByItem(id);
		if (report.isPresent()) {
			// a published annual report is read on its own page, with its tables laid out
			return "redirect:/annual-reports/" + report.get().getYear() + "/" + report.get().getAgency();
		}
		model.addAttribute("item", item);
		var path = tree(null).path(item.getColumnCode()).orElse(List.of());
		model.addAttribute("path", path);
		model.addAttribute("column", columns.findById(item.getColumnCode()).orElse(null));
		model.addAttribute("department", departments.findById(item.getDepartmentCode()).orElse(null));
		publicDetails.addTo(item, model);
		return "catalogue/item";
	}

	/** The column tree with the counts of the column facet of a match-all search (zeros without). */
	private ColumnTree tree(SearchResult all) {
		Map<String, Long> counts = all == null ? Map.of()
				: all.facets()
					.getOrDefault("column", List.of())
					.stream()
					.collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
		return ColumnTree.of(columns.findAll(), counts);
	}

	@GetMapping("/catalogue/items/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId) {
		items.findById(id).filter(i -> i.isPublic()).orElseThrow(() -> new NotFound("Catalogue item " + id));
		return AttachmentDownloads.response(attachments.findById(attachmentId)
			.filter(a -> a.getItemId().equals(id))
			.orElseThrow(() -> new NotFound("Attachment " + attachmentId)));
	}
}
