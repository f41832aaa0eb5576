package org.gongkai.portal.emergency;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.workflow.emergency.EmergencyEventDetails;
import org.gongkai.workflow.emergency.EmergencyInformationProcess;
import org.gongkai.workflow.emergency.EmergencyNotInExpectedState;
import org.gongkai.workflow.emergency.EmergencySeverity;
import org.gongkai.workflow.emergency.EmergencySteps;
import org.gongkai.workflow.emergency.FileEmergencyEvent;
import org.gongkai.workflow.emergency.SituationReportChannel;
import org.gongkai.workflow.emergency.SituationReportDetails;
import org.gongkai.workflow.emergency.SituationReportKind;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 紧急信息: filing an event with its 初报, 续报 and 终报, the office's alerts, 瞒报 and closing. */
@RestController
@RequestMapping("/api/reports/emergencies")
@PreAuthorize("hasAnyRole('clerk','dept-head','office-editor','leader','admin')")
@Tag(name = "emergencies", description = "紧急信息：初报、续报、终报，时限、迟报、漏报、瞒报")
class EmergencyApiController {

	private final FileEmergencyEvent file;

	private final EmergencySteps steps;

	private final EmergencyQueries queries;

	private final TaskInbox inbox;

	EmergencyApiController(FileEmergencyEvent file, EmergencySteps steps, EmergencyQueries queries, TaskInbox inbox) {
		this.file = file;
		this.steps = steps;
		this.queries = queries;
		this.inbox = inbox;
	}

	/** The 初报 filed with the event: channel, text (the event's summary if empty) and casualties. */
	record FirstReport(@NotNull SituationReportChannel channel, @Size(max = 4000) String content, @Min(0) Integer deaths,
			@Min(0) Integer injured, @Min(0) Integer missing) {
	}

	/** An emergency event; {@code unitCode} only when the office registers an event for a unit. */
	record EventForm(@NotBlank @Size(max = 200) String name, @NotNull OffsetDateTime occurredAt, OffsetDateTime learnedAt,
			@NotBlank @Size(max = 200) String location, @NotNull EmergencySeverity severity,
			@NotBlank @Size(max = 4000) String summary, @NotBlank @Size(max = 100) String author,
			@NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}") String phone, String unitCode, @Valid FirstReport firstReport) {
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('clerk','office-editor')")
	@Operation(summary = "报送紧急事件（附初报）", description = "A unit's clerk files the event for their unit, normally with its 初报 (server time is the report's time; a 初报 after its limit is 迟报 and deducted). The office may register an event it learned of for a unit (`unitCode`) without a 初报: when the 初报's limit passes the office gets the task 初报超时，催报.")
	ResponseEntity<EmergencyView> file(@Valid @RequestBody EventForm form, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		String unit = user.hasRole(Roles.CLERK) ? user.department() : form.unitCode();
		var details = new EmergencyEventDetails(form.name(), form.occurredAt().toInstant(),
				form.learnedAt() == null ? null : form.learnedAt().toInstant(), form.location(), form.severity(),
				form.summary(), form.author(), form.phone());
		var first = form.firstReport() == null ? null
				: new SituationReportDetails(SituationReportKind.FIRST, form.firstReport().channel(),
						isBlank(form.firstReport().content()) ? form.summary() : form.firstReport().content(),
						form.firstReport().deaths(), form.firstReport().injured(), form.firstReport().missing(), null, null,
						null);
		var event = file.file(details, first, unit, user.userName());
		return ResponseEntity.created(URI.create("/api/reports/emergencies/" + event.getId()))
			.body(queries.view(event.getId(), user));
	}

	@GetMapping
	@Operation(summary = "紧急事件列表", description = "Newest first, with what is due next, the minutes left (negative when overdue) and the lateness flags.")
	List<EmergencyView.Summary> list(Authentication authentication) {
		return queries.recent(CurrentUser.of(authentication));
	}

	@GetMapping("/{id}")
	@Operation(summary = "紧急事件及其报告链")
	EmergencyView get(@PathVariable Long id, Authentication authentication) {
		return queries.view(id, CurrentUser.of(authentication));
	}

	/** The next report of the chain. */
	/** The next report of the chain; {@code severity} re-grades the event (null keeps its grade). */
	record ReportForm(@NotNull SituationReportKind kind, @NotNull SituationReportChannel channel,
			@NotBlank @Size(max = 4000) String content, @Min(0) Integer deaths, @Min(0) Integer injured,
			@Min(0) Integer missing, @Size(max = 100) String author, @Pattern(regexp = "[0-9+\\- ]{5,30}") String phone,
			EmergencySeverity severity) {
	}

	@PostMapping("/{id}/reports")
	@PreAuthorize("hasRole('clerk')")
	@Operation(summary = "报送初报、续报或终报", description = "`kind` FIRST (an event registered without one), FOLLOW_UP or FINAL; 409 out of order. A report after its due time is recorded as 迟报 and deducted.")
	ResponseEntity<EmergencyView> report(@PathVariable Long id, @Valid @RequestBody ReportForm form,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var event = queries.visible(id, user);
		if (!EmergencyQueries.mayReport(event, user)) {
			throw new AccessDeniedException("not the event's unit");
		}
		steps.file(id, new SituationReportDetails(form.kind(), form.channel(), form.content(), form.deaths(),
				form.injured(), form.missing(), form.author(), form.phone(), form.severity()), user.userName());
		return ResponseEntity.status(201).body(queries.view(id, user));
	}

	/** Why the office finds facts were concealed. */
	record ConcealmentForm(@NotBlank @Size(max = 1000) String reason) {
	}

	@PostMapping("/{id}/concealment")
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "认定瞒报", description = "Recorded once with its reason and deducted.")
	ResponseEntity<EmergencyView> conceal(@PathVariable Long id, @Valid @RequestBody ConcealmentForm form,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		queries.visible(id, user);
		steps.conceal(id, form.reason(), user.userName());
		return ResponseEntity.status(201).body(queries.view(id, user));
	}

	/** The office's opinion when it completes a task; {@code missed} on 初报超时，催报 records 漏报. */
	record TaskForm(Boolean missed, @Size(max = 2000) String comment) {
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "确认终报并办结", description = "Completes the task 确认终报并办结; 409 before the 终报.")
	EmergencyView close(@PathVariable Long id, @RequestBody(required = false) @Valid TaskForm form,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var event = queries.visible(id, user);
		var task = inbox.openTasksOf(EmergencyInformationProcess.KEY, String.valueOf(id))
			.stream()
			.filter(t -> EmergencyInformationProcess.TASK_ACKNOWLEDGE.equals(t.taskKey()))
			.findFirst()
			.orElseThrow(() -> new EmergencyNotInExpectedState(id, event.getStatus(), "be closed"));
		inbox.complete(task.id(), user.staff(), variables(form));
		return queries.view(id, user);
	}

	@PostMapping("/{id}/tasks/{taskId}/complete")
	@PreAuthorize("hasRole('office-editor')")
	@Operation(summary = "办理催报任务", description = "初报超时，催报: `missed` true records 漏报 (deducted) and ends the event, false waits for the late 初报; 续报超时，催报: `comment`.")
	EmergencyView complete(@PathVariable Long id, @PathVariable String taskId, @RequestBody(required = false) @Valid TaskForm form,
			Authentication authentication) {
		var user = CurrentUser.of(authentication);
		queries.visible(id, user);
		var task = inbox.get(taskId, user.staff());
		if (!EmergencyInformationProcess.KEY.equals(task.processKey()) || !String.valueOf(id).equals(task.caseId())) {
			throw new TaskNotFound(taskId);
		}
		inbox.complete(taskId, user.staff(), variables(form));
		return queries.view(id, user);
	}

	static java.util.Map<String, Object> variables(TaskForm form) {
		var variables = new HashMap<String, Object>();
		if (form != null && form.missed() != null) {
			variables.put(EmergencyInformationProcess.MISSED, form.missed());
		}
		if (form != null && !isBlank(form.comment())) {
			variables.put(EmergencyInformationProcess.COMMENT, form.comment().strip());
		}
		return variables;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
