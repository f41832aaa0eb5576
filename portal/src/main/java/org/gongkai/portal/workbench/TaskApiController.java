package org.gongkai.portal.workbench;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.ApiProblemHandler;
import org.gongkai.workflow.request.HandleRequestCommand;
import org.gongkai.workflow.request.JudgeReasonsCommand;
import org.gongkai.workflow.request.Reassign;
import org.gongkai.workflow.request.RecordConsultationReply;
import org.gongkai.workflow.request.RecordDelivery;
import org.gongkai.workflow.request.RegisterRequestCommand;
import org.gongkai.workflow.request.SecrecyReview;
import org.gongkai.workflow.information.EditReport;
import org.gongkai.workflow.task.DecisionIncomplete;
import org.gongkai.workflow.task.Proceed;
import org.gongkai.workflow.task.Review;
import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's task inbox; completing a task someone else completed first answers 409. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize("hasAnyRole('clerk','dept-head','section-chief','deputy-head','secrecy-reviewer','office-editor','office-head','leader','admin')")
@Tag(name = "tasks", description = "待办任务（认领、释放、办理）")
class TaskApiController {

	private final TaskInbox inbox;

	private final ObjectMapper mapper;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	private final WorkbenchInbox workbenchInbox;

	TaskApiController(TaskInbox inbox, ObjectMapper mapper, jakarta.validation.Validator validator,
			MessageSource messages, WorkbenchInbox workbenchInbox) {
		this.workbenchInbox = workbenchInbox;
		this.inbox = inbox;
		this.messages = messages;
		this.mapper = mapper;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping
	@Operation(summary = "我的待办", description = "The caller's open tasks, by due date (the request's reply deadline, "
			+ "the item's publication deadline or the task's own; none last) unless `sort` says otherwise. Filters as on "
			+ "the workbench: `kind` (request, item, report, emergency, consultation, letter, proposal, other), `step` (a `taskKey`), `due` (overdue, "
			+ "soon = within the warning days, later, none), `q` (a case number, or part of a receipt number, title or step name). `page` (from 1) and `size` (up to 500, the default) page the "
			+ "list; the headers X-Total-Count and X-Page-Count give the number of matching tasks and pages. Unknown "
			+ "values are ignored.")
	ResponseEntity<List<TaskView>> inbox(
			@Parameter(description = "request, item, report, emergency, consultation, letter, proposal or other") @RequestParam(required = false) String kind,
			@Parameter(description = "a task definition key, e.g. Task_HandleRequest") @RequestParam(required = false) String step,
			@Parameter(description = "overdue, soon, later or none") @RequestParam(required = false) String due,
			@Parameter(description = "due (default), created or case") @RequestParam(required = false) String sort,
			@Parameter(description = "asc (default) or desc") @RequestParam(required = false) String dir,
			@Parameter(description = "page number, from 1") @RequestParam(required = false) String page,
			@Parameter(description = "tasks per page, at most 500") @RequestParam(required = false) String size,
			@Parameter(description = "finds a case: its number, part of its receipt number or title, or part of the step's name") @RequestParam(required = false) String q,
			Authentication authentication) {
		var filter = InboxFilter.of(kind, step, due, sort, dir, page, size, InboxFilter.MAX_SIZE, q);
		var result = workbenchInbox.page(CurrentUser.of(authentication).staff(), filter);
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(result.total()))
			.header("X-Page-Count", String.valueOf(result.pages()))
			.body(result.rows().stream().map(WorkbenchInbox.Row::task).toList());
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

	/**
	 * Reads the body as the command of the task's definition key ({@link TaskCommands}), validates it and
	 * completes the task with the variables the command produces.
	 */
	@PostMapping("/{id}/complete")
	@Operation(summary = "办理完成", description = "The body is the command of the task's definition key (`taskKey`): "
			+ "review tasks take `Review` (`approved` true approves, false returns with a `comment`), a reply's Task_SecrecyReview `SecrecyReview` (also `approvedFiles`: the ids of all its reply files); tasks that offer "
			+ "several actions name the action in `decision` (`reasonsVerdict` for Task_JudgeReasons). "
			+ "400 if the action is none of the task's; 409 if someone else completed it first.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(oneOf = { Review.class, SecrecyReview.class,
			Proceed.class, RegisterRequestCommand.class, HandleRequestCommand.class, Reassign.Department.class,
			JudgeReasonsCommand.class, RecordConsultationReply.Command.class, RecordDelivery.Command.class,
			EditReport.Command.class,
			org.gongkai.workflow.proposal.AssistOpinion.class, org.gongkai.workflow.proposal.ProposalReply.class, org.gongkai.workflow.proposal.SatisfactionRecord.class })))
	ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) JsonNode body,
			Authentication authentication, HttpServletRequest request) throws MethodArgumentNotValidException {
		var staff = CurrentUser.of(authentication).staff();
		var task = inbox.get(id, staff);
		TaskCommand command;
		try {
			command = TaskCommands.read(mapper, task.taskKey(), body);
		}
		catch (JsonProcessingException e) {
			throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
		}
		if (command instanceof Review review && review.approved() == null
				|| command instanceof SecrecyReview secrecy && secrecy.approved() == null) {
			// the verdict every review gateway reads: answered as before, naming the missing process variable
			throw new DecisionIncomplete(id, Review.APPROVED, null);
		}
		var errors = new BeanPropertyBindingResult(command, "command");
		validator.validate(command, errors);
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(BODY, errors);
		}
		inbox.complete(id, staff, command.variables());
		return ResponseEntity.noContent().build();
	}

	/** The body parameter of {@link #complete}, which validation errors name. */
	private static final MethodParameter BODY = new MethodParameter(ReflectionUtils.findMethod(TaskApiController.class,
			"complete", String.class, JsonNode.class, Authentication.class, HttpServletRequest.class), 1);

	/** A decision the task's gateway cannot follow: 400 naming the field and the task's choices; the task stays open. */
	@ExceptionHandler
	ProblemDetail choiceNotAllowed(ChoiceNotAllowed e) {
		var locale = LocaleContextHolder.getLocale();
		var problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, "invalid-input", messages
			.getMessage("api.problem.choiceNotAllowed", new Object[] { e.field(), String.join("、", e.allowed()) }, locale));
		problem.setProperty("field", e.field());
		problem.setProperty("allowed", e.allowed());
		problem.setProperty("errors", Map.of(e.field(), messages.getMessage(e.messageKey(), e.args(), locale)));
		return problem;
	}
}
