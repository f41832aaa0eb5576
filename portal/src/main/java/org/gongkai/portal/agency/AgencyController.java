package org.gongkai.portal.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.portal.system.DisclosureOfficeDirectory;
import org.gongkai.portal.system.NotFound;
import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.annual.AnnualReport;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.organisation.AgencyKind;
import org.gongkai.workflow.organisation.Department;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public agency pages: the tree of agencies ({@code /agencies}) and each agency's sub-site
 * ({@code /agencies/{code}}): its 指南, its catalogue (a district's with its departments'), its latest
 * items, its 年报 by year, its 依申请公开 entry and its 政府信息公开工作机构 (from {@link DisclosureOfficeDirectory}); and the list of published annual reports. Anonymous.
 */
@Controller
class AgencyController {

	static final int LATEST = 8;

	private final Agencies agencies;

	private final CatalogueSearch search;

	private final GenerateAnnualReport reports;

	private final DisclosureOfficeDirectory offices;

	AgencyController(Agencies agencies, CatalogueSearch search, GenerateAnnualReport reports,
			DisclosureOfficeDirectory offices) {
		this.agencies = agencies;
		this.offices = offices;
		this.search = search;
		this.reports = reports;
	}

	@GetMapping("/agencies")
	String agencies(Model model) {
		model.addAttribute("tree", agencies.tree().orElse(null));
		return "agency/list";
	}

	@GetMapping("/agencies/{code}")
	String agency(@PathVariable String code, Model model) {
		var place = agencies.place(code).orElseThrow(() -> new NotFound("Agency " + code));
		model.addAttribute("agency", place.agency());
		model.addAttribute("ancestors", place.ancestors());
		model.addAttribute("scope", place.scope());
		model.addAttribute("government", place.agency().kind() == AgencyKind.GOVERNMENT);
		// the government's office is its general office's (a null code); a district's is its own
		model.addAttribute("office", offices.contact(place.agency().kind() == AgencyKind.GOVERNMENT ? null : code));
		try {
			model.addAttribute("latest",
					search.search(new SearchQuery(null, Map.of("agency", code), SearchQuery.DATE, LATEST, null)));
		}
		catch (SearchUnavailable e) {
			model.addAttribute("searchDown", true);
		}
		model.addAttribute("reports", reports.published()
			.stream()
			.filter(r -> r.getAgency().equals(code))
			.map(AnnualReport::getYear)
			.toList());
		return "agency/agency";
	}

	/** Every published 年报, grouped by year and then by agency in the order of the agency tree. */
	@GetMapping("/annual-reports")
	String annualReports(Model model) {
		var tree = agencies.agencyTree();
		var order = tree.all().stream().map(Department::getCode).toList();
		var byYear = new TreeMap<Integer, List<ReportLink>>(Comparator.reverseOrder());
		for (var report : reports.published()) {
			var name = tree.find(report.getAgency()).map(Department::getName).orElse(report.getAgency());
			byYear.computeIfAbsent(report.getYear(), y -> new ArrayList<>())
				.add(new ReportLink(report.getYear(), report.getAgency(), name));
		}
		byYear.values()
			.forEach(links -> links.sort(Comparator.comparingInt(link -> {
				int i = order.indexOf(link.agency());
				return i < 0 ? Integer.MAX_VALUE : i;
			})));
		model.addAttribute("years", byYear);
		return "agency/annual-reports";
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/** A published report's page: {@code /annual-reports/{year}/{agency}}. */
	record ReportLink(int year, String agency, String name) {

		public String href() {
			return "/annual-reports/" + year + "/" + agency;
		}
	}
}
