package org.gongkai.portal.annual;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.annual.AnnualReportAlreadyPublished;
import org.gongkai.workflow.annual.AnnualReportDraft;
import org.gongkai.workflow.annual.AnnualReportNotPublishable;
import org.gongkai.workflow.annual.AnnualReportUnderReview;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.gongkai.workflow.annual.SaveAnnualReportDraft;
import org.gongkai.workflow.annual.UnknownAgency;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.statistics.OfficeStatistics;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's annual report pages (choose year and agency, enter what the system cannot count, see
 * every check, submit for publication, follow its review, download) and the public page of a published
 * report.
 */
@Controller
class AnnualReportController {

	private final OfficeStatistics statistics;

	private final Departments departments;

	private final AnnualReportView.Factory views;

	private final GenerateAnnualReport generate;

	private final SaveAnnualReportDraft saveDraft;

	private final AnnualReportPublisher publisher;

	private final Clock clock;

	AnnualReportController(AnnualReportView.Factory views, GenerateAnnualReport generate,
			SaveAnnualReportDraft saveDraft, AnnualReportPublisher publisher, Clock clock, OfficeStatistics statistics,
			Departments departments) {
		this.statistics = statistics;
		this.departments = departments;
		this.views = views;
		this.generate = generate;
		this.saveDraft = saveDraft;
		this.publisher = publisher;
		this.clock = clock;
	}

	@GetMapping("/workbench/annual-reports")
	String index(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		int chosen = year == null ? LocalDate.now(clock).getYear() - 1 : year;
		model.addAttribute("year", chosen);
		model.addAttribute("agencies",
				views.agencies().stream().filter(a -> AnnualReportAccess.maySee(user, a.code())).toList());
		model.addAttribute("reminders", generate.reminders()
			.stream()
			.filter(r -> AnnualReportAccess.maySee(user, r.agency()))
			.toList());
		model.addAttribute("statuses", generate.statuses(chosen));
		model.addAttribute("names", views.agencies()
			.stream()
			.collect(java.util.stream.Collectors.toMap(AnnualReportView.Agency::code, AnnualReportView.Agency::name)));
		return "annual/index";
	}

	@GetMapping("/workbench/annual-reports/{year}/{agency}")
	String initDraftForm(@PathVariable int year, @PathVariable String agency, Authentication authentication,
			Model model) {
		var user = CurrentUser.of(authentication);
		AnnualReportAccess.requireSee(user, agency);
		var view = views.of(year, agency);
		model.addAttribute("form", view.draft());
		return show(view, user, model);
	}

	@PostMapping("/workbench/annual-reports/{year}/{agency}")
	String processDraftForm(@PathVariable int year, @PathVariable String agency,
			@Valid @ModelAttribute("form") AnnualReportDraft form, BindingResult result, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		AnnualReportAccess.requireEdit(user, agency);
		if (result.hasErrors()) {
			return show(views.of(year, agency), user, model);
		}
		try {
			saveDraft.save(year, agency, form, user.userName());
		}
		catch (AnnualReportAlreadyPublished e) {
			redirect.addFlashAttribute("error", "annual.published.final");
			return redirect(year, agency);
		}
		catch (AnnualReportUnderReview e) {
			redirect.addFlashAttribute("error", "annual.underReview.locked");
			return redirect(year, agency);
		}
		redirect.addFlashAttribute("message", "annual.saved");
		return redirect(year, agency);
	}

	@PostMapping("/workbench/annual-reports/{year}/{agency}/publication")
	String submit(@PathVariable int year, @PathVariable String agency, Authentication authentication,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		AnnualReportAccess.requireEdit(user, agency);
		try {
			publisher.submit(year, agency, user.userName());
			redirect.addFlashAttribute("message", "annual.submitted");
		}
		catch (AnnualReportUnderReview e) {
			redirect.addFlashAttribute("error", "annual.underReview.locked");
		}
		catch (AnnualReportNotPublishable e) {
			redirect.addFlashAttribute("error", "annual.checksFailed");
			redirect.addFlashAttribute("errorDetail", String.join("；",
					e.failures().stream().map(f -> f.label() + "：" + f.message()).toList()));
		}
		catch (AnnualReportAlreadyPublished e) {
			redirect.addFlashAttribute("error", "annual.published.final");
		}
		return redirect(year, agency);
	}

	@GetMapping("/workbench/annual-reports/{year}/{agency}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable int year, @PathVariable String agency, Authentication authentication) {
		AnnualReportAccess.requireSee(CurrentUser.of(authentication), agency);
		var view = views.of(year, agency);
		return AnnualReportApiController.download(AnnualReportFiles.docx(view.title(), view.sections()),
				AnnualReportApiController.DOCX, view.title() + ".docx");
	}

	@GetMapping("/workbench/annual-reports/{year}/{agency}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable int year, @PathVariable String agency, Authentication authentication) {
		AnnualReportAccess.requireSee(CurrentUser.of(authentication), agency);
		var view = views.of(year, agency);
		return AnnualReportApiController.download(AnnualReportFiles.xlsx(view.grids()), AnnualReportApiController.XLSX,
				view.title() + ".xlsx");
	}

	/** Anyone may read a published report; a draft does not exist for the public. */
	@GetMapping("/annual-reports/{year}/{agency}")
	String published(@PathVariable int year, @PathVariable String agency, Model model) {
		var view = publishedView(year, agency);
		model.addAttribute("report", view);
		return "annual/public";
	}

	@GetMapping("/annual-reports/{year}/{agency}/report.docx")
	ResponseEntity<byte[]> publishedDocx(@PathVariable int year, @PathVariable String agency) {
		var view = publishedView(year, agency);
		return AnnualReportApiController.download(AnnualReportFiles.docx(view.title(), view.sections()),
				AnnualReportApiController.DOCX, view.title() + ".docx");
	}

	@GetMapping("/annual-reports/{year}/{agency}/report.xlsx")
	ResponseEntity<byte[]> publishedXlsx(@PathVariable int year, @PathVariable String agency) {
		var view = publishedView(year, agency);
		return AnnualReportApiController.download(AnnualReportFiles.xlsx(view.grids()), AnnualReportApiController.XLSX,
				view.title() + ".xlsx");
	}

	/** An unknown agency or a report not (yet) published: the 404 page, not the API's problem JSON. */
	@ExceptionHandler({ UnknownAgency.class, NotFound.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknownAgency() {
		return "error/404";
	}

	private AnnualReportView publishedView(int year, String agency) {
		AnnualReportView view;
		try {
			view = views.of(year, agency);
		}
		catch (UnknownAgency e) {
			throw new NotFound("annual report");
		}
		if (!view.published()) {
			throw new NotFound("annual report");
		}
		return view;
	}

	private String show(AnnualReportView view, CurrentUser user, Model model) {
		model.addAttribute("report", view);
		boolean mayEdit = AnnualReportAccess.mayEdit(user, view.agency()) && !view.frozen();
		model.addAttribute("mayEdit", mayEdit);
		// the year's figures of 互动交流 for the agency and its departments, to quote in 一、总体情况
		var scope = departments.tree().scope(view.agency());
		model.addAttribute("quotable", !mayEdit ? java.util.List.of()
				: statistics.sections().stream().flatMap(section -> section.quotable(view.year(), scope).stream()).toList());
		model.addAttribute("feeNotices", view.frozen() ? java.util.List.of()
				: generate.feeNotices(view.year(), view.agency()));
		return "annual/report";
	}

	private static String redirect(int year, String agency) {
		return "redirect:/workbench/annual-reports/" + year + "/" + agency;
	}
}
