package org.gongkai.portal.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.BarChart;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.commission.CommissionItems;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.information.Periodical;
import org.gongkai.workflow.information.ReportAlreadyInCatalogue;
import org.gongkai.workflow.information.ReportContent;
import org.gongkai.workflow.information.ReportNotFound;
import org.gongkai.workflow.information.SendReportToCatalogue;
import org.gongkai.workflow.information.Urgency;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.scoring.Ranking;
import org.gongkai.workflow.scoring.ReportPeriod;
import org.gongkai.workflow.scoring.ReportQuotas;
import org.gongkai.workflow.scoring.ReportScores;
import org.gongkai.workflow.supervision.InstructionSupervision;
import org.gongkai.workflow.task.TaskAlreadyCompleted;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskNotYours;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

/** The 政务信息 pages: list, drafting form, an item with its task forms, rankings with chart and export, rules. */
@Controller
@PreAuthorize("hasAnyRole('clerk','dept-head','section-chief','deputy-head','office-editor','leader','admin')")
class ReportController {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final org.gongkai.workflow.information.FileInformationReport file;

	private final ReportQueries queries;

	private final ReportScores scores;

	private final InstructionSupervision supervision;

	private final TaskInbox inbox;

	private final Departments departments;

	private final RankingWorkbook workbook;

	private final RankingBulletin bulletin;

	private final CommissionItems commissions;

	private final SendReportToCatalogue catalogue;

	private final CatalogueColumns columns;

	private final ReportQuotas quotas;

	ReportController(org.gongkai.workflow.information.FileInformationReport file, ReportQueries queries, ReportScores scores,
			InstructionSupervision supervision, TaskInbox inbox, Departments departments, RankingWorkbook workbook,
			CommissionItems commissions, SendReportToCatalogue catalogue, CatalogueColumns columns,
			RankingBulletin bulletin, ReportQuotas quotas) {
		this.bulletin = bulletin;
		this.quotas = quotas;
		this.catalogue = catalogue;
		this.columns = columns;
		this.commissions = commissions;
		this.file = file;
		this.queries = queries;
		this.scores = scores;
		this.supervision = supervision;
		this.inbox = inbox;
		this.departments = departments;
		this.workbook = workbook;
	}

	@GetMapping("/reports")
	String list(Authentication authentication, Model model) {
		model.addAttribute("reports", queries.recent(CurrentUser.of(authentication)));
		model.addAttribute("units", departments.findAll());
		return "report/list";
	}

	@GetMapping("/reports/new")
	@PreAuthorize("hasRole('clerk')")
	String initCreateForm(Model model) {
		model.addAttribute("form", new ReportContent(null, null, null, null, null, Urgency.ROUTINE));
		model.addAttribute("urgencies", Urgency.values());
		return "report/form";
	}

	@PostMapping("/reports")
	@PreAuthorize("hasRole('clerk')")
	String processCreateForm(@Validated @ModelAttribute("form") ReportContent form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		if (!result.hasErrors()) {
			try {
				var report = file.draft(form, user.department(), user.userName());
				redirect.addFlashAttribute("message", "report.created");
				return "redirect:/reports/" + report.getId();
			}
			catch (UnknownReference e) {
				result.reject("report.unit.unknown");
			}
		}
		model.addAttribute("urgencies", Urgency.values());
		return "report/form";
	}

	@GetMapping("/reports/{id}")
	String view(@PathVariable Long id, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		try {
			model.addAttribute("report", queries.view(id, user));
		}
		catch (ReportNotFound e) {
			throw new NotFound("Information report " + id);
		}
		var mine = inbox.inbox(user.staff()).stream().map(t -> t.id()).toList();
		model.addAttribute("myTasks", mine);
		model.addAttribute("publications", Periodical.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("units", departments.findAll());
		model.addAttribute("mayInstruct", user.hasRole("office-editor"));
		model.addAttribute("columns", columns.findAllByOrderByParentCodeAscSortOrderAsc());
		model.addAttribute("today", LocalDate.now(ZONE).toString());
		model.addAttribute("inAWeek", LocalDate.now(ZONE).plusDays(7).toString());
		return "report/view";
	}

	@PostMapping("/reports/{id}/tasks/{taskId}")
	String decide(@PathVariable Long id, @PathVariable String taskId, @ModelAttribute ReportDecision decision,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			inbox.complete(taskId, CurrentUser.of(authentication).staff(), decision.variables());
			redirect.addFlashAttribute("message", "report.task.completed");
		}
		catch (TaskAlreadyCompleted e) {
			redirect.addFlashAttribute("error", "report.task.alreadyCompleted");
		}
		catch (TaskNotYours e) {
			throw e;
		}
		catch (RuntimeException e) {
			redirect.addFlashAttribute("error", "report.task.invalid");
			redirect.addFlashAttribute("errorDetail", org.gongkai.portal.system.SafeDetail.of(e, null));
		}
		return "redirect:/reports/" + id;
	}

	@PostMapping("/reports/{id}/instructions")
	@PreAuthorize("hasRole('office-editor')")
	String instruct(@PathVariable Long id, @RequestParam String leaderLevel, @RequestParam String leaderName,
			@RequestParam String text, @RequestParam String instructedOn, @RequestParam String feedbackDueOn,
			@RequestParam(required = false) List<String> units, Authentication authentication,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		try {
			queries.visible(id, user);
			var due = LocalDate.parse(feedbackDueOn).atTime(18, 0).atZone(ZONE).toInstant();
			supervision.instruct(id, ReportDecision.level(leaderLevel), leaderName, text, LocalDate.parse(instructedOn),
					due, units, user.userName());
			redirect.addFlashAttribute("message", "report.instructed");
		}
		catch (ReportNotFound e) {
			throw new NotFound("Information report " + id);
		}
		catch (DateTimeParseException e) {
			redirect.addFlashAttribute("error", "report.task.invalid");
			redirect.addFlashAttribute("errorDetail", "instructedOn / feedbackDueOn: yyyy-MM-dd");
		}
		catch (IllegalArgumentException | UnknownReference | org.gongkai.workflow.information.ReportNotInExpectedState e) {
			redirect.addFlashAttribute("error", "report.task.invalid");
			redirect.addFlashAttribute("errorDetail", org.gongkai.portal.system.SafeDetail.of(e, null));
		}
		return "redirect:/reports/" + id;
	}

	/** The editor sends an adopted item into proactive disclosure (through 保密审查). */
	@PostMapping("/reports/{id}/catalogue-item")
	@PreAuthorize("hasRole('office-editor')")
	String sendToCatalogue(@PathVariable Long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, @RequestParam(required = false) String departmentCode,
			@RequestParam(required = false) String columnCode, Authentication authentication,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		try {
			queries.visible(id, user);
			catalogue.send(id, title, body, departmentCode, columnCode, user.staff());
			redirect.addFlashAttribute("message", "report.catalogue.sent");
		}
		catch (ReportNotFound e) {
			throw new NotFound("Information report " + id);
		}
		catch (ReportAlreadyInCatalogue e) {
			redirect.addFlashAttribute("error", "report.catalogue.already");
		}
		catch (UnknownReference e) {
			redirect.addFlashAttribute("error", "report.catalogue." + e.field() + ".unknown");
		}
		catch (IllegalArgumentException | org.gongkai.workflow.information.ReportNotInExpectedState e) {
			redirect.addFlashAttribute("error", "report.task.invalid");
			redirect.addFlashAttribute("errorDetail", org.gongkai.portal.system.SafeDetail.of(e, null));
		}
		return "redirect:/reports/" + id;
	}

	@GetMapping("/reports/commissions")
	String commissions(Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		model.addAttribute("commissions", queries.commissions(user));
		model.addAttribute("tasks", inbox.inbox(user.staff())
			.stream()
			.filter(t -> org.gongkai.workflow.information.InformationReportProcess.COMMISSION_KEY.equals(t.processKey()))
			.toList());
		model.addAttribute("answers", queries.recent(user)
			.stream()
			.filter(r -> r.getSubmittedAt() != null && !r.isJoint())
			.toList());
		model.addAttribute("units", departments.findAll().stream().filter(d -> !d.isGeneralOffice()).toList());
		model.addAttribute("inAWeek", LocalDate.now(ZONE).plusDays(7).toString());
		return "report/commissions";
	}

	@PostMapping("/reports/commissions")
	@PreAuthorize("hasRole('office-editor')")
	String commission(@RequestParam String topic, @RequestParam(required = false) List<String> units,
			@RequestParam String dueOn, Authentication authentication, RedirectAttributes redirect) {
		try {
			var due = LocalDate.parse(dueOn).atTime(18, 0).atZone(ZONE).toInstant();
			commissions.commission(topic, units, due, CurrentUser.of(authentication).userName());
			redirect.addFlashAttribute("message", "report.commissioned");
		}
		catch (DateTimeParseException | IllegalArgumentException | UnknownReference e) {
			redirect.addFlashAttribute("error", "report.task.invalid");
			redirect.addFlashAttribute("errorDetail", org.gongkai.portal.system.SafeDetail.of(e, null));
		}
		return "redirect:/reports/commissions";
	}

	@PostMapping("/reports/commissions/tasks/{taskId}")
	String answer(@PathVariable String taskId, @RequestParam(required = false) Long answerReportId,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			inbox.complete(taskId, CurrentUser.of(authentication).staff(),
					java.util.Map.of(org.gongkai.workflow.information.InformationReportProcess.ANSWER_REPORT_ID,
							answerReportId == null ? -1L : answerReportId));
			redirect.addFlashAttribute("message", "report.task.completed");
		}
		catch (TaskNotYours e) {
			throw e;
		}
		catch (RuntimeException e) {
			redirect.addFlashAttribute("error", "report.task.invalid");
			redirect.addFlashAttribute("errorDetail", org.gongkai.portal.system.SafeDetail.of(e, null));
		}
		return "redirect:/reports/commissions";
	}

	@GetMapping("/reports/rankings")
	String rankings(@RequestParam(required = false) String period, Model model) {
		var label = period == null || period.isBlank() ? YearMonth.now(ZONE).toString() : period;
		model.addAttribute("period", label);
		try {
			var ranking = scores.ranking(ReportPeriod.parse(label));
			model.addAttribute("ranking", ranking);
			model.addAttribute("chart", BarChart.of(ranking.rows().stream().map(Ranking.Row::unitName).toList(),
					ranking.rows().stream().map(Ranking.Row::points).toList()));
			// what 类别 N means: the class's monthly quota in force at the period's end
			model.addAttribute("classQuotas", quotas.inForce(ranking.period().to()));
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("periodError", true);
		}
		return "report/rankings";
	}

	@GetMapping("/reports/rankings/bulletin.docx")
	ResponseEntity<byte[]> bulletin(@RequestParam String period, Authentication authentication) {
		return ReportApiController.bulletinResponse(ReportPeriod.parse(period), bulletin, queries,
				CurrentUser.of(authentication));
	}

	@GetMapping("/reports/rankings.xlsx")
	ResponseEntity<byte[]> rankingsXlsx(@RequestParam String period) {
		var ranking = scores.ranking(ReportPeriod.parse(period));
		return ResponseEntity.ok()
			.contentType(ReportApiController.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rankings-" + ranking.period().label() + ".xlsx").build().toString())
			.body(workbook.write(ranking, LocaleContextHolder.getLocale()));
	}
}
