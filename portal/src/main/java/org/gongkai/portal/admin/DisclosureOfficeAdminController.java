package org.gongkai.portal.admin;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.portal.system.NotFound;
import org.gongkai.portal.system.PageForms;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.organisation.DisclosureOffice;
import org.gongkai.workflow.organisation.DisclosureOffices;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the agencies' disclosure offices, in the order of the agency tree: the one place their
 * contacts are kept, for the generated guides, {@code /apply} and the sub-sites ({@code DisclosureOfficeDirectory}).
 */
@Controller
class DisclosureOfficeAdminController {

	private final Departments departments;

	private final DisclosureOffices offices;

	private final Clock clock;

	DisclosureOfficeAdminController(Departments departments, DisclosureOffices offices, Clock clock) {
		this.departments = departments;
		this.offices = offices;
		this.clock = clock;
	}

	@GetMapping("/admin/disclosure-offices")
	String list(Model model) {
		model.addAttribute("agencies", departments.tree().all().stream().filter(a -> !a.isGovernment()).toList());
		model.addAttribute("registered", offices.findAll().stream().map(DisclosureOffice::getAgencyCode).toList());
		return "admin/disclosure-offices";
	}

	@GetMapping("/admin/disclosure-offices/{code}")
	String initUpdateForm(@PathVariable String code, Model model) {
		var agency = departments.findById(code).orElseThrow(() -> new NotFound("Agency " + code));
		model.addAttribute("agency", agency);
		model.addAttribute("form", offices.findById(code).map(o -> OfficeForm.of(o.contact()))
			.orElse(new OfficeForm(null, null, null, null, null, null, null, null, null, null, null)));
		return "admin/disclosure-office-form";
	}

	@PostMapping("/admin/disclosure-offices/{code}")
	@Transactional
	String processUpdateForm(@PathVariable String code, @Validated @ModelAttribute("form") OfficeForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		var agency = departments.findById(code).orElseThrow(() -> new NotFound("Agency " + code));
		if (PageForms.failed(result)) {
			PageForms.rebuild(OfficeForm.class, "form", request, result, model);
		}
		if (result.hasErrors()) {
			model.addAttribute("agency", agency);
			return "admin/disclosure-office-form";
		}
		var now = clock.instant();
		offices.findById(code)
			.ifPresentOrElse(office -> office.change(form.contact(), now),
					() -> offices.save(new DisclosureOffice(code, form.contact(), now)));
		redirect.addFlashAttribute("message", "disclosureOffice.saved");
		return "redirect:/admin/disclosure-offices";
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}
}
