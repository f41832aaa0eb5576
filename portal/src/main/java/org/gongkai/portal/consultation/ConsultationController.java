package org.gongkai.portal.consultation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.Refusal;
import org.gongkai.workflow.consultation.AdoptionOutcome;
import org.gongkai.workflow.consultation.CommentGroupDetails;
import org.gongkai.workflow.consultation.ConsultationDetails;
import org.gongkai.workflow.consultation.ConsultationKind;
import org.gongkai.workflow.consultation.ConsultationStatus;
import org.gongkai.workflow.consultation.ConsultationSteps;
import org.gongkai.workflow.consultation.PublicConsultationProcess;
import org.gongkai.workflow.consultation.RejectReason;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 意见征集 pages: the public list and page with the comment form, and the staff's list, new draft, case page
 * (the open task forms of the caller) and feedback editor.
 */
@Controller
class ConsultationController {

	private final ConsultationSteps steps;

	private final ConsultationQueries queries;

	private final TaskInbox inbox;

	private final MessageSource messages;

	ConsultationController(ConsultationSteps steps, ConsultationQueries queries, TaskInbox inbox, MessageSource messages) {
		this.steps = steps;
		this.queries = queries;
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping("/consultations")
	String list(@RequestParam(required = false) String agency, @RequestParam(required = false) String status,
			Model model) {
		var chosen = Arrays.stream(ConsultationStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
		model.addAttribute("consultations", queries.publicList(agency, chosen));
		model.addAttribute("agencies", queries.agencies());
		model.addAttribute("agency", agency);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", List.of(ConsultationStatus.OPEN, ConsultationStatus.CLOSED,
				ConsultationStatus.FEEDBACK_REVIEW, ConsultationStatus.CONCLUDED));
		return "consultation/list";
	}

	@GetMapping("/consultations/{id:\\d+}")
	String page(@PathVariable Long id, Authentication authentication, Model model) {
		var user = ConsultationApiController.user(authentication);
		model.addAttribute("c", queries.view(id, user));
		model.addAttribute("comments", queries.acceptedComments(id, user));
		model.addAttribute("mine", queries.ownComments(id, user));
		model.addAttribute("applicant", user != null && user.hasRole(Roles.APPLICANT));
		model.addAttribute("signedIn", user != null);
		return "consultation/page";
	}

	@PostMapping("/consultations/{id:\\d+}/comments")
	@PreAuthorize("hasRole('applicant')")
	String comment(@PathVariable Long id, @RequestParam(required = false) String questionNo,
			@RequestParam(required = false) String text, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		queries.visible(id, user);
		try {
			Integer question = questionNo == null || questionNo.isBlank() ? null : Integer.valueOf(questionNo.strip());
			steps.comment(id, question, text, user.userName(), user.displayName());
		}
		catch (NumberFormatException | InvalidValue e) {
			model.addAttribute("commentError", e instanceof InvalidValue invalid ? text(invalid) : text("consultation.invalid.comment.question"));
			model.addAttribute("commentText", text);
			return page(id, authentication, model);
		}
		catch (RuntimeException e) {
			if (e instanceof Refusal refusal) {
				redirect.addFlashAttribute("error", "consultation.comment.refused");
				redirect.addFlashAttribute("errorDetail", messages.getMessage(refusal.messageKey(), refusal.args(),
						refusal.messageKey(), LocaleContextHolder.getLocale()));
				return "redirect:/consultations/" + id;
			}
			throw e;
		}
		redirect.addFlashAttribute("message", "consultation.comment.received");
		return "redirect:/consultations/" + id + "#my-comments";
	}

	@GetMapping("/consultations/{id:\\d+}/attachments/{attachmentId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId,
			Authentication authentication) {
		queries.visible(id, ConsultationApiController.user(authentication));
		org.gongkai.workflow.consultation.ConsultationAttachment attachment;
		try {
			attachment = steps.attachment(id, attachmentId);
		}
		catch (RuntimeException e) {
			throw new NotFound("attachment " + attachmentId);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(attachment.getContent());
	}

	@GetMapping("/me/consultations")
	@PreAuthorize("hasRole('applicant')")
	String myComments(Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		model.addAttribute("mine", queries.ownComments(null, user));
		return "consultation/mine";
	}

	// --- staff ---

	@GetMapping("/workbench/consultations")
	@PreAuthorize("hasAnyRole('clerk','dept-head','secrecy-reviewer','office-editor','office-head','leader','admin')")
	String staffList(Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		model.addAttribute("consultations", queries.staffList(user));
		model.addAttribute("mayDraft", user.hasRole(Roles.CLERK));
		return "consultation/staff-list";
	}

	@GetMapping("/workbench/consultations/new")
	@PreAuthorize("hasRole('clerk')")
	String newForm(Model model) {
		var today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		model.addAttribute("kinds", ConsultationKind.values());
		model.addAttribute("minimumDays", Arrays.stream(ConsultationKind.values())
			.collect(java.util.stream.Collectors.toMap(k -> k.name(), steps::minimumDays)));
		model.addAttribute("form", new DraftForm(null, null, ConsultationKind.MAJOR_DECISION, null, today.plusDays(1),
				today.plusDays(steps.defaultDays(ConsultationKind.MAJOR_DECISION))));
		return "consultation/new";
	}

	/** The new-draft form as typed; questions one a line. */
	record DraftForm(String title, String summary, ConsultationKind kind, String questions, LocalDate opensOn,
			LocalDate closesOn) {
	}

	@PostMapping("/workbench/consultations")
	@PreAuthorize("hasRole('clerk')")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String questions,
			@RequestParam(required = false) String opensOn, @RequestParam(required = false) String closesOn,
			@RequestParam(name = "draftFile", required = false) MultipartFile draftFile,
			@RequestParam(name = "explanationFile", required = false) MultipartFile explanationFile,
			Authentication authentication, Model model, RedirectAttributes redirect) throws IOException {
		var user = CurrentUser.of(authentication);
		var chosenKind = Arrays.stream(ConsultationKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		var form = new DraftForm(title, summary, chosenKind, questions, date(opensOn), date(closesOn));
		try {
			if (draftFile == null || draftFile.isEmpty()) {
				throw new InvalidValue("draftFile", "consultation.invalid.attachment.draftRequired");
			}
			var lines = questions == null ? List.<String>of()
					: questions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			var details = new ConsultationDetails(title, summary, chosenKind, lines, form.opensOn(), form.closesOn());
			var id = steps.draftWithDocuments(details, user.department(), user.userName(),
					new ConsultationSteps.Upload(draftFile.getOriginalFilename(), draftFile.getBytes()),
					explanationFile == null || explanationFile.isEmpty() ? null
							: new ConsultationSteps.Upload(explanationFile.getOriginalFilename(), explanationFile.getBytes()))
				.getId();
			redirect.addFlashAttribute("message", "consultation.drafted");
			return "redirect:/workbench/consultations/" + id;
		}
		catch (InvalidValue e) {
			model.addAttribute("fieldError", e.field());
			model.addAttribute("fieldMessage", text(e));
			model.addAttribute("kinds", ConsultationKind.values());
			model.addAttribute("minimumDays", Arrays.stream(ConsultationKind.values())
				.collect(java.util.stream.Collectors.toMap(k -> k.name(), steps::minimumDays)));
			model.addAttribute("form", form);
			return "consultation/new";
		}
	}

	@PostMapping("/workbench/consultations/{id:\\d+}/submit")
	@PreAuthorize("hasRole('clerk')")
	String submit(@PathVariable Long id, Authentication authentication, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		ownDepartment(id, user);
		return refusable(id, redirect, "consultation.submitted", () -> steps.submit(id, user.userName()));
	}

	@PostMapping("/workbench/consultations/{id:\\d+}/attachments")
	@PreAuthorize("hasRole('clerk')")
	String attach(@PathVariable Long id, @RequestParam(required = false) String role,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		var user = CurrentUser.of(authentication);
		ownDepartment(id, user);
		var chosen = Arrays.stream(org.gongkai.workflow.consultation.AttachmentRole.values())
			.filter(r -> r.name().equals(role))
			.findFirst()
			.orElse(null);
		var content = file == null ? null : file.getBytes();
		var name = file == null ? null : file.getOriginalFilename();
		return refusable(id, redirect, "consultation.attached",
				() -> steps.attach(id, chosen, name, null, content, user.userName()));
	}

	@GetMapping("/workbench/consultations/{id:\\d+}")
	@PreAuthorize("hasAnyRole('clerk','dept-head','secrecy-reviewer','office-editor','office-head','leader','admin')")
	String casePage(@PathVariable Long id, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		var consultation = queries.visible(id, user);
		model.addAttribute("c", queries.view(id, user));
		model.addAttribute("comments", queries.allComments(id));
		model.addAttribute("events", steps.logOf(id));
		var staff = user.staff();
		var groups = staff.candidateGroups();
		var tasks = new ArrayList<TaskRow>();
		for (var task : inbox.openTasksOf(PublicConsultationProcess.KEY, String.valueOf(id))) {
			var candidates = inbox.candidateGroups(List.of(task)).getOrDefault(task.id(), List.of());
			boolean mine = user.userName().equals(task.assignee())
					|| task.assignee() == null && candidates.stream().anyMatch(groups::contains);
			if (!mine) {
				continue;
			}
			Long commentId = PublicConsultationProcess.TASK_MODERATE.equals(task.taskKey()) ? steps.commentOfTask(task.id()) : null;
			tasks.add(new TaskRow(task, commentId == null ? null : ConsultationQueries.own(steps.comment(commentId))));
		}
		model.addAttribute("tasks", tasks);
		model.addAttribute("rejectReasons", RejectReason.values());
		model.addAttribute("mayEdit", user.hasRole(Roles.CLERK) && consultation.getDepartmentCode().equals(user.department()));
		model.addAttribute("editable", steps.editable(consultation));
		model.addAttribute("mayLinkFinal", ConsultationQueries.staffSees(consultation, user)
				&& (user.hasRole(Roles.CLERK) || user.hasRole(Roles.OFFICE_EDITOR)));
		return "consultation/case";
	}

	/** One of the caller's open tasks on the case page; the comment when it is a moderation. */
	record TaskRow(org.gongkai.workflow.task.TaskView task, ConsultationView.OwnComment comment) {
	}

	@GetMapping("/workbench/consultations/{id:\\d+}/feedback")
	@PreAuthorize("hasRole('clerk')")
	String feedbackForm(@PathVariable Long id, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		ownDepartment(id, user);
		var view = queries.view(id, user);
		model.addAttribute("c", view);
		model.addAttribute("comments", queries.acceptedComments(id, user));
		var existing = view.feedback() == null ? List.<ConsultationView.Group>of() : view.feedback().groups();
		var rows = new ArrayList<ConsultationView.Group>(existing);
		int blanks = Math.max(2, 3 - existing.size());
		for (int i = 0; i < blanks; i++) {
			rows.add(new ConsultationView.Group(existing.size() + i + 1, null, null, null, List.of()));
		}
		model.addAttribute("groups", rows);
		model.addAttribute("outcomes", AdoptionOutcome.values());
		return "consultation/feedback";
	}

	@PostMapping("/workbench/consultations/{id:\\d+}/feedback")
	@PreAuthorize("hasRole('clerk')")
	String saveFeedback(@PathVariable Long id, HttpServletRequest request, Authentication authentication,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		ownDepartment(id, user);
		var groups = new ArrayList<CommentGroupDetails>();
		for (int i = 0; i < 200; i++) {
			var summary = request.getParameter("groups[" + i + "].summary");
			if (summary == null) {
				break;
			}
			var outcomeName = request.getParameter("groups[" + i + "].outcome");
			var outcome = Arrays.stream(AdoptionOutcome.values())
				.filter(o -> o.name().equals(outcomeName))
				.findFirst()
				.orElse(null);
			var reason = request.getParameter("groups[" + i + "].reason");
			var members = request.getParameterValues("groups[" + i + "].commentIds");
			var ids = members == null ? List.<Long>of()
					: Arrays.stream(members).filter(m -> m.matches("\\d{1,18}")).map(Long::valueOf).toList();
			if (summary.isBlank() && (reason == null || reason.isBlank()) && ids.isEmpty()) {
				continue;
			}
			groups.add(new CommentGroupDetails(summary, outcome, reason, ids));
		}
		try {
			steps.saveFeedback(id, request.getParameter("summary"), groups, user.userName());
		}
		catch (RuntimeException e) {
			if (e instanceof Refusal refusal) {
				redirect.addFlashAttribute("error", "consultation.feedback.refused");
				redirect.addFlashAttribute("errorDetail", messages.getMessage(refusal.messageKey(), refusal.args(),
						refusal.messageKey(), LocaleContextHolder.getLocale()));
				return "redirect:/workbench/consultations/" + id + "/feedback";
			}
			throw e;
		}
		redirect.addFlashAttribute("message", "consultation.feedback.saved");
		return "redirect:/workbench/consultations/" + id;
	}

	@PostMapping("/workbench/consultations/{id:\\d+}/final-document")
	@PreAuthorize("hasAnyRole('clerk','office-editor')")
	String linkFinal(@PathVariable Long id, @RequestParam(required = false) String indexNo, Authentication authentication,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		var consultation = queries.visible(id, user);
		if (!ConsultationQueries.staffSees(consultation, user)) {
			throw new AccessDeniedException("not the consultation's department");
		}
		return refusable(id, redirect, "consultation.final.linked", () -> steps.linkFinal(id, indexNo, user.userName()));
	}

	private String refusable(Long id, RedirectAttributes redirect, String success, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (RuntimeException e) {
			if (!(e instanceof Refusal refusal)) {
				throw e;
			}
			redirect.addFlashAttribute("error", "consultation.step.refused");
			redirect.addFlashAttribute("errorDetail", messages.getMessage(refusal.messageKey(), refusal.args(),
					refusal.messageKey(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/workbench/consultations/" + id;
	}

	private void ownDepartment(Long id, CurrentUser user) {
		var consultation = queries.visible(id, user);
		if (!consultation.getDepartmentCode().equals(user.department())) {
			throw new AccessDeniedException("not the consultation's department");
		}
	}

	private String text(InvalidValue e) {
		return messages.getMessage(e.messageKey(), e.args(), e.detail(), LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
