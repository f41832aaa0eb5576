package org.gongkai.portal.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongkai.portal.catalogue.ColumnTree;
import org.gongkai.portal.system.AgencyProperties;
import org.gongkai.portal.system.DisclosureOfficeDirectory;
import org.gongkai.portal.system.SiteIdentity;
import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.organisation.DisclosureOffice;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.request.RequestProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the guides from what is configured now: the site's identity, the offices' data, the column tree
 * with its duties, the public items per column and the request periods. Nothing is stored: a change to any
 * of them shows in the next guide.
 */
@Component
class Guides {

	private final SiteIdentity site;

	private final AgencyProperties agency;

	private final Departments departments;

	private final DisclosureOfficeDirectory offices;

	private final CatalogueColumns columns;

	private final CatalogueSearch search;

	private final RequestProperties periods;

	Guides(SiteIdentity site, AgencyProperties agency, Departments departments, DisclosureOfficeDirectory offices,
			CatalogueColumns columns, CatalogueSearch search, RequestProperties periods) {
		this.site = site;
		this.agency = agency;
		this.departments = departments;
		this.offices = offices;
		this.columns = columns;
		this.search = search;
		this.periods = periods;
	}

	/** The government's guide: its office is its general office's. */
	@Transactional(readOnly = true)
	Guide government() {
		return guide(site.government(), null, offices.registered(null), null, null);
	}

	/** The guide of an agency, if there is one with this code. */
	@Transactional(readOnly = true)
	Optional<Guide> of(String code) {
		return departments.findById(code).map(department -> {
			// complaints go to the 政府信息公开工作主管部门, the general office (art. 3, art. 51); about the general
			// office itself, to the level above (the default wording)
			var complaints = department.isGeneralOffice() ? null
					: offices.generalOffice().map(Department::getName).orElse(site.sponsor());
			return guide(department.getName(), department.getCode(), offices.registered(code), site.government(),
					complaints);
		});
	}

	private Guide guide(String name, String code, Optional<DisclosureOffice> office, String defaultReview,
			String defaultComplaints) {
		var contact = office.map(DisclosureOffice::contact).orElseGet(offices::fallback);
		Map<String, Long> counts = null;
		try {
			counts = counts(code == null ? Map.of() : Map.of("issuer", name));
		}
		catch (SearchUnavailable down) {
			// the guide is still shown, without the counts
		}
		var rows = new ArrayList<Guide.ColumnRow>();
		flatten(ColumnTree.of(columns.findAll(), counts == null ? Map.of() : counts).roots(), 0, rows);
		var online = contact.onlineChannel() != null ? contact.onlineChannel()
				: agency.publicUrl() + (code == null ? "/apply" : "/apply?agency=" + code);
		return new Guide(name, code, contact, office.isPresent(), List.copyOf(rows), counts != null, online,
				contact.reviewAuthority() != null ? contact.reviewAuthority() : defaultReview,
				contact.complaintAuthority() != null ? contact.complaintAuthority() : defaultComplaints,
				office.map(o -> day(o.getCreatedAt())).orElse(null), office.map(o -> day(o.getUpdatedAt())).orElse(null),
				new Guide.Periods(periods.replyWorkingDays(), periods.maxExtensionWorkingDays(),
						periods.supplementWorkingDays(), periods.consultationWorkingDays(),
						periods.feePaymentWorkingDays()));
	}

	private LocalDate day(Instant instant) {
		return instant.atZone(periods.zone()).toLocalDate();
	}

	/** Public items per column name, for the whole catalogue or one issuer. */
	private Map<String, Long> counts(Map<String, String> filters) {
		var result = search.search(new SearchQuery(null, filters, SearchQuery.DATE, 1, null));
		return result.facets()
			.getOrDefault("column", List.of())
			.stream()
			.collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
	}

	private static void flatten(List<ColumnTree.Node> nodes, int depth, List<Guide.ColumnRow> rows) {
		for (var node : nodes) {
			rows.add(new Guide.ColumnRow(node.code(), node.name(), depth, node.count(), node.publisher(),
					node.timeLimit()));
			flatten(node.children(), depth + 1, rows);
		}
	}
}
