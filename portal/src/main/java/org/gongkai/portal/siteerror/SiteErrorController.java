package org.gongkai.portal.siteerror;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.AgencyProperties;
import org.gongkai.portal.system.PageForms;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 我为政府网站找错: the public form (anonymous, linked from every page's footer) and the general office's
 * list in the workbench, where a report is marked handled.
 */
@Controller
class SiteErrorController {

	/** Who deals with the reports: the general office and the administrator. */
	static final String OFFICE = "hasAnyRole('office-editor', 'office-head', 'admin')";

	private final FileSiteErrorReport file;

	private final SiteErrorReports reports;

	private final AgencyProperties agency;

	SiteErrorController(FileSiteErrorReport file, SiteErrorReports reports, AgencyProperties agency) {
		this.file = file;
		this.reports = reports;
		this.agency = agency;
	}

	@GetMapping("/site-errors/new")
	String initCreationForm(HttpServletRequest request, Model model) {
		model.addAttribute("form", SiteErrorForm.forPage(ownPage(request.getHeader(HttpHeaders.REFERER))));
		model.addAttribute("kinds", SiteErrorKind.values());
		return "siteerror/form";
	}

	@PostMapping("/site-errors")
	String processCreationForm(@Validated @ModelAttribute("form") SiteErrorForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (PageForms.failed(result)) {
			PageForms.rebuild(SiteErrorForm.class, "form", request, result, model);
		}
		if (result.hasErrors()) {
			model.addAttribute("kinds", SiteErrorKind.values());
			return "siteerror/form";
		}
		var report = file.file(form);
		redirect.addFlashAttribute("filedNumber", report.getNumber());
		return "redirect:/site-errors/filed";
	}

	@GetMapping("/site-errors/filed")
	String filed(Model model) {
		if (!model.containsAttribute("filedNumber")) {
			return "redirect:/site-errors/new";
		}
		return "siteerror/filed";
	}

	@GetMapping("/workbench/site-errors")
	@PreAuthorize(OFFICE)
	String list(Model model) {
		model.addAttribute("open", reports.findByHandledAtIsNullOrderByCreatedAtAsc());
		model.addAttribute("handled", reports.findTop50ByHandledAtIsNotNullOrderByHandledAtDesc());
		return "siteerror/list";
	}

	@PostMapping("/workbench/site-errors/{id}/handled")
	@PreAuthorize(OFFICE)
	String handled(@PathVariable Long id, @RequestParam(required = false) String note, Authentication authentication,
			RedirectAttributes redirect) {
		if (note != null && note.length() > 1000) {
			redirect.addFlashAttribute("error", "siteError.note.tooLong");
			return "redirect:/workbench/site-errors";
		}
		var handled = file.handle(id, CurrentUser.of(authentication).userName(), note);
		redirect.addFlashAttribute(handled ? "message" : "error",
				handled ? "siteError.handled.saved" : "siteError.handled.already");
		return "redirect:/workbench/site-errors";
	}

	/** The referring page if it is one of this site's (the configured address or the one asked for), else none. */
	private String ownPage(String referer) {
		if (referer == null || referer.length() > 1000) {
			return null;
		}
		try {
			var uri = URI.create(referer);
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			var current = URI.create(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
			var configured = URI.create(agency.publicUrl());
			return sameOrigin(uri, current) || sameOrigin(uri, configured) ? referer : null;
		}
		catch (IllegalArgumentException garbled) {
			return null;
		}
	}

	private static boolean sameOrigin(URI a, URI b) {
		return a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
				&& a.getHost().equalsIgnoreCase(String.valueOf(b.getHost())) && port(a) == port(b);
	}

	private static int port(URI uri) {
		return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}
}
