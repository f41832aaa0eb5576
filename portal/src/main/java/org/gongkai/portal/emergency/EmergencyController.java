package org.gongkai.portal.emergency;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.emergency.EmergencyEventDetails;
import org.gongkai.workflow.emergency.EmergencyEventNotFound;
import org.gongkai.workflow.emergency.EmergencyNotInExpectedState;
import org.gongkai.workflow.emergency.EmergencySeverity;
import org.gongkai.workflow.emergency.EmergencySteps;
import org.gongkai.workflow.emergency.FileEmergencyEvent;
import org.gongkai.workflow.emergency.SituationReportChannel;
import org.gongkai.workflow.emergency.SituationReportDetails;
import org.gongkai.workflow.emergency.SituationReportKind;
import org.gongkai.workflow.information.ReportProperties;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.task.TaskAlreadyCompleted;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskNotYours;
import org.springframework.security.access.AccessDeniedException;
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

/** The 紧急信息 pages: the office's list with late flags and time left, the unit's form, an event with its chain and timeline. */
@Controller
@PreAuthorize("hasAnyRole('clerk','dept-head','office-editor','leader','admin')")
class EmergencyController {

	private final FileEmergencyEvent file;

	private final EmergencySteps steps;

	private final EmergencyQueries queries;

	private final TaskInbox inbox;

	private final ZoneId zone;

	EmergencyController(FileEmergencyEvent file, EmergencySteps steps, EmergencyQueries queries, TaskInbox inbox,
			ReportProperties properties) {
		this.file = file;
		this.steps = steps;
		this.queries = queries;
		this.inbox = inbox;
		this.zone = properties.zone();
	}

	@GetMapping("/reports/emergencies")
	String list(Authentication authentication, Model model) {
		model.addAttribute("events", queries.recent(CurrentUser.of(authentication)));
		return "report/emergencies";
	}

	@GetMapping("/reports/emergencies/new")
	@PreAuthorize("hasRole('clerk')")
	String initCreateForm(Model model) {
		model.addAttribute("form", EmergencyForm.empty());
		return form(model);
	}

	@PostMapping("/reports/emergencies")
	@PreAuthorize("hasRole('clerk')")
	String processCreateForm(@Validated @ModelAttribute("form") EmergencyForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		var occurred = time(form.occurredAt());
		var learned = time(form.learnedAt());
		if (!result.hasErrors()) {
			try {
				var event = file.file(
						new EmergencyEventDetails(form.name(), occurred, learned, form.location(), form.severity(),
								form.summary(), form.author(), form.phone()),
						new SituationReportDetails(SituationReportKind.FIRST, form.channel(), form.summary(), form.deaths(),
								form.injured(), form.missing(), null, null, null),
						user.department(), user.userName());
				redirect.addFlashAttribute("message", "emergency.created");
				return "redirect:/reports/emergencies/" + event.getId();
			}
			catch (UnknownReference e) {
				result.reject("report.unit.unknown");
			}
			catch (InvalidValue e) {
				var field = formField(e.field());
				if (field != null) {
					result.rejectValue(field, e.messageKey(), e.args(), e.detail());
				}
				else {
					result.reject(e.messageKey(), e.args(), e.detail());
				}
			}
			catch (IllegalArgumentException e) {
				result.reject("report.task.invalid");
			}
		}
		return form(model);
	}

	@GetMapping("/reports/emergencies/{id}")
	String view(@PathVariable Long id, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		try {
			model.addAttribute("event", queries.view(id, user));
			model.addAttribute("mayReport", EmergencyQueries.mayReport(queries.visible(id, user), user));
		}
		catch (EmergencyEventNotFound e) {
			throw new NotFound("Emergency event " + id);
		}
		model.addAttribute("myTasks", inbox.inbox(user.staff()).stream().map(t -> t.id()).toList());
		model.addAttribute("mayJudge", user.hasRole("office-editor"));
		model.addAttribute("channels", SituationReportChannel.values());
		model.addAttribute("severities", EmergencySeverity.values());
		return "report/emergency";
	}

	@PostMapping("/reports/emergencies/{id}/reports")
	@PreAuthorize("hasRole('clerk')")
	String report(@PathVariable Long id, @RequestParam(required = false) SituationReportKind kind,
			@RequestParam(required = false) SituationReportChannel channel, @RequestParam(required = false) String content,
			@RequestParam(required = false) Integer deaths, @RequestParam(required = false) Integer injured,
			@RequestParam(required = false) Integer missing, @RequestParam(required = false) EmergencySeverity severity,
			Authentication authentication, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		try {
			if (!EmergencyQueries.mayReport(queries.visible(id, user), user)) {
				throw new AccessDeniedException("not the event's unit");
			}
			steps.file(id, new SituationReportDetails(kind, channel, content, deaths, injured, missing, null, null,
					severity), user.userName());
			redirect.addFlashAttribute("message", "emergency.reported");
		}
		catch (EmergencyEventNotFound e) {
			throw new NotFound("Emergency event " + id);
		}
		catch (IllegalArgumentException | EmergencyNotInExpectedState e) {
			redirect.addFlashAttribute("error", "report.task.invalid");
			redirect.addFlashAttribute("errorDetail", org.gongkai.portal.system.SafeDetail.of(e, null));
		}
		return "redirect:/reports/emergencies/" + id;
	}

	@PostMapping("/reports/emergencies/{id}/concealment")
	@PreAuthorize("hasRole('office-editor')")
	String conceal(@PathVariable Long id, @RequestParam(required = false) String reason, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			steps.conceal(id, reason, CurrentUser.of(authentication).userName());
			redirect.addFlashAttribute("message", "emergency.concealed");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", "report.task.invalid");
			redirect.addFlashAttribute("errorDetail", org.gongkai.portal.system.SafeDetail.of(e, null));
		}
		return "redirect:/reports/emergencies/" + id;
	}

	@PostMapping("/reports/emergencies/{id}/tasks/{taskId}")
	String complete(@PathVariable Long id, @PathVariable String taskId, @RequestParam(required = false) Boolean missed,
			@RequestParam(required = false) String comment, Authentication authentication, RedirectAttributes redirect) {
		try {
			inbox.complete(taskId, CurrentUser.of(authentication).staff(),
					EmergencyApiController.variables(new EmergencyApiController.TaskForm(missed, comment)));
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
		return "redirect:/reports/emergencies/" + id;
	}

	/** The form's field a refused value belongs to (the 初报's content is the form's summary), or null. */
	static String formField(String field) {
		var name = "content".equals(field) ? "summary" : field;
		return Arrays.stream(EmergencyForm.class.getRecordComponents()).anyMatch(c -> c.getName().equals(name)) ? name
				: null;
	}

	private String form(Model model) {
		model.addAttribute("severities", EmergencySeverity.values());
		model.addAttribute("channels", SituationReportChannel.values());
		return "report/emergency-form";
	}

	private java.time.Instant time(String value) {
		return value == null || value.isBlank() || !value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") ? null
				: LocalDateTime.parse(value).atZone(zone).toInstant();
	}
}
