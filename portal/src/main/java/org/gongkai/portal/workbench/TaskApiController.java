package org.gongkai.portal.workbench;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's task inbox; completing a task someone else completed first answers 409. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize("hasAnyRole('clerk','dept-head','section-chief','deputy-head','secrecy-reviewer','office-editor','office-head','leader','admin')")
@Tag(name = "tasks", description = "待办任务（认领、释放、办理）")
class TaskApiController {

	private final TaskInbox inbox;

	TaskApiController(TaskInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	@Operation(summary = "我的待办")
	List<TaskView> inbox(Authentication authentication) {
		return inbox.inbox(CurrentUser.of(authentication).staff());
	}

	@GetMapping("/{id}")
	TaskView get(@PathVariable String id, Authentication authentication) {
		return inbox.get(id, CurrentUser.of(authentication).staff());
	}

	@PostMapping("/{id}/claim")
	@Operation(summary = "认领")
	ResponseEntity<Void> claim(@PathVariable String id, Authentication authentication) {
		inbox.claim(id, CurrentUser.of(authentication).staff());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/release")
	@Operation(summary = "释放")
	ResponseEntity<Void> release(@PathVariable String id, Authentication authentication) {
		inbox.release(id, CurrentUser.of(authentication).staff());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "办理完成", description = "`approved` true approves, false returns (with a comment). 409 if someone else completed it first.")
	ResponseEntity<Void> complete(@PathVariable String id, @Valid @RequestBody(required = false) TaskDecision decision,
			Authentication authentication) {
		var staff = CurrentUser.of(authentication).staff();
		TaskChoices.check(inbox.get(id, staff), decision);
		var variables = (decision == null ? TaskDecision.none() : decision).variables();
		inbox.complete(id, staff, variables);
		return ResponseEntity.noContent().build();
	}

	/** A decision the task's gateway cannot follow: 400 naming the field and the task's choices; the task stays open. */
	@ExceptionHandler
	ProblemDetail choiceNotAllowed(ChoiceNotAllowed e) {
		var problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, "invalid-input",
				"“" + e.field() + "”应为 " + String.join("、", e.allowed()) + " 之一，任务未办结。");
		problem.setProperty("field", e.field());
		problem.setProperty("allowed", e.allowed());
		problem.setProperty("errors", Map.of(e.field(), "应为 " + String.join("、", e.allowed()) + " 之一"));
		return problem;
	}
}
