package org.gongkai.portal.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.portal.documents.ApplicationForms;
import org.gongkai.portal.system.DisclosureOfficeDirectory;
import org.gongkai.portal.system.SiteIdentity;
import org.gongkai.workflow.organisation.AgencyTree;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.organisation.DisclosureOffice;
import org.gongkai.workflow.request.RequestProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /apply}: the public landing page of 依申请公开 — what may be asked and how, the time limits and fees, the
 * procedure, the offices that receive applications in person, by post or by fax (the agencies' 政府信息公开工作机构,
 * from {@link DisclosureOfficeDirectory}), the blank form to download and the way to the online form.
 * {@code ?agency=} names the receiving agency (受理机关).
 */
@Controller
class ApplyController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Departments departments;

	private final SiteIdentity site;

	private final DisclosureOfficeDirectory offices;

	private final ApplicationForms forms;

	private final RequestProperties periods;

	ApplyController(Departments departments, SiteIdentity site, DisclosureOfficeDirectory offices,
			ApplicationForms forms, RequestProperties periods) {
		this.periods = periods;
		this.departments = departments;
		this.site = site;
		this.offices = offices;
		this.forms = forms;
	}

	/** One receiving office as the page lists it, with the agency it receives for (null: the government). */
	record OfficeView(String agencyCode, String agencyName, DisclosureOffice.Contact office) {
	}

	@GetMapping("/apply")
	@Transactional(readOnly = true)
	String apply(@RequestParam(required = false) String agency, Model model) {
		var tree = departments.tree();
		var agencies = agencies(tree);
		var chosen = agency(agency);
		var chosenCode = chosen.map(Department::getCode).orElse(null);
		model.addAttribute("agencies", agencies);
		model.addAttribute("government", site.government());
		model.addAttribute("agency", chosenCode);
		model.addAttribute("agencyName", agencyName(chosen));
		model.addAttribute("office", new OfficeView(chosenCode, agencyName(chosen), offices.contact(chosenCode)));
		model.addAttribute("offices", offices(agencies));
		model.addAttribute("replyWorkingDays", periods.replyWorkingDays());
		model.addAttribute("maxExtensionWorkingDays", periods.maxExtensionWorkingDays());
		return "request/apply";
	}

	@GetMapping("/apply/form.docx")
	ResponseEntity<byte[]> formDocx(@RequestParam(required = false) String agency) {
		return download(forms.docx(agencyName(agency(agency))), DOCX, ApplicationForms.TITLE + ".docx");
	}

	@GetMapping("/apply/form.pdf")
	ResponseEntity<byte[]> formPdf(@RequestParam(required = false) String agency) {
		return download(forms.pdf(agencyName(agency(agency))), MediaType.APPLICATION_PDF, ApplicationForms.TITLE + ".pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private Optional<Department> agency(String code) {
		return code == null || code.isBlank() ? Optional.empty() : departments.findById(code.strip());
	}

	private String agencyName(Optional<Department> agency) {
		return agency.map(Department::getName).orElse(site.government());
	}

	/** The agencies below the government, in the order of the agency tree, districts and theirs included. */
	private static List<Department> agencies(AgencyTree tree) {
		var root = tree.root().orElse(null);
		return tree.all().stream().filter(d -> d != root).toList();
	}

	/**
	 * The government's office first, then each agency with an office of its own (registered on
	 * {@code /admin/disclosure-offices}); an agency without one receives through the government's.
	 */
	private List<OfficeView> offices(List<Department> agencies) {
		var list = new ArrayList<OfficeView>();
		list.add(new OfficeView(null, site.government(), offices.contact(null)));
		var generalOffice = offices.generalOffice().map(Department::getCode).orElse(null);
		agencies.stream()
			.filter(d -> !d.getCode().equals(generalOffice))
			.forEach(d -> offices.registered(d.getCode())
				.ifPresent(o -> list.add(new OfficeView(d.getCode(), d.getName(), o.contact()))));
		return list;
	}
}
