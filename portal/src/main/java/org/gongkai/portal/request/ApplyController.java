package org.gongkai.portal.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongkai.portal.documents.ApplicationForms;
import org.gongkai.portal.system.SiteIdentity;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.RequestProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /apply}: the public landing page of 依申请公开 — what may be asked and how, the time limits and fees, the
 * procedure, the offices that receive applications in person, by post or by fax, the blank form to download and
 * the way to the online form. {@code ?agency=} names the receiving agency (受理机关).
 */
@Controller
class ApplyController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Departments departments;

	private final SiteIdentity site;

	private final ApplyProperties properties;

	private final ApplicationForms forms;

	private final RequestProperties periods;

	ApplyController(Departments departments, SiteIdentity site, ApplyProperties properties, ApplicationForms forms,
			RequestProperties periods) {
		this.periods = periods;
		this.departments = departments;
		this.site = site;
		this.properties = properties;
		this.forms = forms;
	}

	/** One receiving office as the page lists it, with the agency it receives for. */
	record OfficeView(String agencyCode, String agencyName, ApplyProperties.Office office) {
	}

	@GetMapping("/apply")
	String apply(@RequestParam(required = false) String agency, Model model) {
		var chosen = agency(agency);
		model.addAttribute("agencies", departments.findAll()
			.stream()
			.sorted(Comparator.comparing(Department::getCode))
			.toList());
		model.addAttribute("government", site.government());
		model.addAttribute("agency", chosen.map(Department::getCode).orElse(null));
		model.addAttribute("agencyName", agencyName(chosen));
		model.addAttribute("office", new OfficeView(chosen.map(Department::getCode).orElse(null), agencyName(chosen),
				office(chosen.map(Department::getCode).orElse(null))));
		model.addAttribute("offices", offices());
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

	/** The agency's own office if it has one, else the government's. */
	private ApplyProperties.Office office(String agencyCode) {
		var own = agencyCode == null ? null : properties.offices().get(agencyCode);
		return own != null ? own
				: new ApplyProperties.Office(site.sponsor(), site.address(), site.postcode(), site.phone(),
						properties.fax(), properties.hours(), site.email());
	}

	/** The government's office first, then each agency with an office of its own. */
	private List<OfficeView> offices() {
		var list = new ArrayList<OfficeView>();
		list.add(new OfficeView(null, site.government(), office(null)));
		departments.findAll()
			.stream()
			.filter(d -> properties.offices().containsKey(d.getCode()))
			.sorted(Comparator.comparing(Department::getCode))
			.forEach(d -> list.add(new OfficeView(d.getCode(), d.getName(), office(d.getCode()))));
		return list;
	}
}
