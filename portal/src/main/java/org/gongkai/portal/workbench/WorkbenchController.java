package org.gongkai.portal.workbench;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.portal.annual.WorkbenchAnnualReminders;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.siteerror.OpenSiteErrors;
import org.gongkai.portal.system.NotFound;
import org.gongkai.portal.system.SafeDetail;
import org.gongkai.workflow.Refusal;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.gongkai.workflow.publication.CatalogueAttachments;
import org.gongkai.workflow.publication.CatalogueChangeProcess;
import org.gongkai.workflow.publication.CatalogueChanges;
import org.gongkai.workflow.publication.ChangeStatus;
import org.gongkai.workflow.publication.InvalidItemContent;
import org.gongkai.workflow.publication.PromoteReply;
import org.gongkai.workflow.publication.CatalogueColumns;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.CataloguePublicationProcess;
import org.gongkai.workflow.publication.DraftCatalogueItem;
import org.gongkai.workflow.publication.ItemContent;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.CorrectionOutcome;
import org.gongkai.workflow.request.DisclosureRequestProcess;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.portal.request.RequestQueries;
import org.gongkai.workflow.task.TaskView;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.WithholdingReason;
import org.gongkai.workflow.task.TaskAlreadyCompleted;
import org.gongkai.workflow.task.TaskCommand;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskNotFound;
import org.gongkai.workflow.task.TaskNotYours;
import org.gongkai.workflow.request.RequestAttachments;
import org.gongkai.workflow.request.RequestNotFound;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The staff workbench pages: inbox, new catalogue item, task page with its decision form. */
@Controller
class WorkbenchController {

	private final TaskInbox inbox;

	private final CatalogueItems items;

	private final CatalogueColumns columns;

	private final DraftCatalogueItem draft;

	private final CaseEvents events;

	private final DisclosureRequests requests;

	private final Departments departments;

	private final RequestQueries queries;

	private final RequestAttachments requestAttachments;

	private final PublicationClock publicationClock;

	private final CatalogueAttachments attachments;

	private final CatalogueChanges changes;

	private final PromoteReply promote;

	private final ConversionService conversions;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	private final WorkbenchInbox workbenchInbox;

	private final WorkbenchReminders reminders;

	private final List<CaseDesk> desks;

	private final WorkbenchAnnualReminders annualReminders;

	private final OpenSiteErrors openSiteErrors;

	WorkbenchController(TaskInbox inbox, CatalogueItems items, CatalogueColumns columns, DraftCatalogueItem draft,
			CaseEvents events, DisclosureRequests requests, Departments departments, RequestQueries queries,
			PublicationClock publicationClock, CatalogueAttachments attachments,
			CatalogueChanges changes, PromoteReply promote, RequestAttachments requestAttachments,
			@Qualifier("mvcConversionService") ConversionService conversions, jakarta.validation.Validator validator,
			MessageSource messages, WorkbenchInbox workbenchInbox, WorkbenchReminders reminders, List<CaseDesk> desks,
			WorkbenchAnnualReminders annualReminders, OpenSiteErrors openSiteErrors) {
		this.desks = List.copyOf(desks);
		this.annualReminders = annualReminders;
		this.openSiteErrors = openSiteErrors;
		this.workbenchInbox = workbenchInbox;
		this.reminders = reminders;
		this.conversions = conversions;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
		this.requestAttachments = requestAttachments;
		this.publicationClock = publicationClock;
		this.attachments = attachments;
		this.changes = changes;
		this.promote = promote;
		this.queries = queries;
		this.inbox = inbox;
		this.items = items;
		this.columns = columns;
		this.draft = draft;
		this.events = events;
		this.requests = requests;
		this.departments = departments;
	}

	/**
	 * The inbox: the caller's open tasks filtered by kind, step and due band, sorted (by due date unless
	 * asked otherwise) and paged, all from query parameters; unknown values fall back to the defaults.
	 * Above it, the reminders grouped by kind.
	 */
	@GetMapping("/workbench")
	String inbox(@RequestParam(required = false) String kind, @RequestParam(required = false) String step,
			@RequestParam(required = false) String due, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String q,
			Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		var filter = InboxFilter.of(kind, step, due, sort, dir, page, size, InboxFilter.PAGE_SIZE, q);
		var inboxPage = workbenchInbox.page(user.staff(), filter);
		model.addAttribute("inbox", inboxPage);
		model.addAttribute("filter", inboxPage.filter());
		model.addAttribute("dueBands", InboxFilter.DUES);
		model.addAttribute("reminderGroups", reminders.groups(user, annualReminders.reminders(authentication),
				annualReminders.agencyNames()));
		model.addAttribute("openSiteErrors", openSiteErrors.count(authentication));
		model.addAttribute("mayReadRegister",
				RequestQueries.handlesAll(user) || RequestQueries.departmentHandled(user) != null);
		if (user.department() != null) {
			model.addAttribute("items",
					items.findByDepartmentCodeOrderByUpdatedAtDesc(user.department(), PageRequest.of(0, 20)));
		}
		if (user.hasRole(Roles.CLERK) && user.department() != null) {
			var promotable = new java.util.ArrayList<>(promote.promotable(user.department(), 20));
			var asking = promote.applicantsAsking(promotable);
			// art. 44: what several applicants asked for first
			promotable.sort(java.util.Comparator.comparing((DisclosureRequest r) -> asking.get(r.getId())).reversed());
			model.addAttribute("promotable", promotable);
			model.addAttribute("applicantsAsking", asking);
		}
		return "workbench/inbox";
	}

	/** Dismisses (until it changes) or snoozes (a day, a week) one of the caller's reminders or groups. */
	@PostMapping("/workbench/reminders")
	String muteReminder(@RequestParam(required = false) String key, @RequestParam(required = false) String state,
			@RequestParam(required = false) String action, Authentication authentication,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		if (reminders.mute(user.userName(), key, state, action)) {
			if ("dismiss".equals(action)) {
				redirect.addFlashAttribute("message", "reminder.dismissed");
			}
			else {
				redirect.addFlashAttribute("message", "reminder.snoozed");
			}
		}
		else {
			redirect.addFlashAttribute("error", "reminder.invalid");
		}
		return "redirect:/workbench";
	}

	@GetMapping("/workbench/items/new")
	String initCreateForm(Authentication authentication, Model model) {
		requireClerk(authentication);
		model.addAttribute("form", ItemContent.blank(publicationClock.today()));
		ItemWorkbenchController.formChoices(model, columns);
		return "workbench/item-form";
	}

	@PostMapping("/workbench/items")
	String processCreateForm(@Validated @ModelAttribute("form") ItemContent form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		var user = requireClerk(authentication);
		if (!result.hasErrors()) {
			try {
				var item = draft.draft(form, user.department(), user.userName());
				redirect.addFlashAttribute("message", "workbench.item.created");
				return "redirect:/workbench/items/" + item.getId();
			}
			catch (UnknownReference e) {
				result.rejectValue(e.field(), "item.column.required");
			}
			catch (InvalidItemContent e) {
				result.rejectValue(e.field(), e.messageKey(), e.args(), null);
			}
		}
		ItemWorkbenchController.formChoices(model, columns);
		return "workbench/item-form";
	}

	/**
	 * A request's case page for its handlers: the application (the identity number unmasked only for
	 * the disclosure office, which checks identities), attachments, the timeline, the decision form of
	 * the open task the caller may act on, and the documents produced so far.
	 */
	@GetMapping("/workbench/requests/{id}")
	String requestCase(@PathVariable Long id, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		var request = queries.visible(id, user);
		if (!queries.handles(request, user)) {
			throw new RequestNotFound(id);
		}
		model.addAttribute("request", request);
		model.addAttribute("idNumber", seesIdentityNumbers(user) ? request.getApplicant().getIdNumber()
				: request.getApplicant().getIdNumberMasked());
		model.addAttribute("daysLeft", queries.daysLeft(request));
		model.addAttribute("agencyName", queries.agencyName(request));
		model.addAttribute("attachments", requestAttachments.findByRequestIdOrderByIdAsc(id));
		model.addAttribute("events",
				events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, id));
		model.addAttribute("notices", queries.notices(request, user));
		var open = inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(id));
		model.addAttribute("tasks", open);
		model.addAttribute("candidateGroups", inbox.candidateGroups(open));
		model.addAttribute("task", open.stream().filter(task -> actsOn(task, user)).findFirst().orElse(null));
		model.addAttribute("departments", departments.findAll());
		model.addAttribute("replyTypes", ReplyType.values());
		model.addAttribute("reasons", WithholdingReason.values());
		model.addAttribute("correctionOutcomes", CorrectionOutcome.values());
		return "workbench/request";
	}

	private boolean actsOn(TaskView task, CurrentUser user) {
		try {
			inbox.get(task.id(), user.staff());
			return true;
		}
		catch (TaskNotYours | TaskNotFound | TaskAlreadyCompleted e) {
			return false;
		}
	}

	/** The disclosure office confirms receipt and registers requests, so it checks the applicant's identity. */
	private static boolean seesIdentityNumbers(CurrentUser user) {
		return user.hasRole(Roles.OFFICE_EDITOR) || user.hasRole(Roles.ADMIN);
	}

	@GetMapping("/workbench/tasks/{taskId}")
	String task(@PathVariable String taskId, Authentication authentication, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		var task = inbox.get(taskId, user.staff());
		var desk = deskOf(task);
		if (desk != null) {
			// the case's own page carries the form; what a refused form said travels on with it
			var casePage = desk.casePage(task, user);
			if (casePage != null) {
				var flash = RequestContextUtils.getInputFlashMap(request);
				if (flash != null) {
					flash.forEach(redirect::addFlashAttribute);
				}
				return "redirect:" + casePage;
			}
		}
		model.addAttribute("task", task);
		if (task.caseId() != null && DisclosureRequestProcess.KEY.equals(task.processKey())) {
			var requestId = Long.valueOf(task.caseId());
			model.addAttribute("request", requests.findById(requestId).orElse(null));
			model.addAttribute("events",
					events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.DISCLOSURE_REQUEST, requestId));
			model.addAttribute("departments", departments.findAll());
			model.addAttribute("replyTypes", ReplyType.values());
			model.addAttribute("reasons", WithholdingReason.values());
			model.addAttribute("correctionOutcomes", CorrectionOutcome.values());
		}
		else if (task.caseId() != null) {
			var itemId = Long.valueOf(task.caseId());
			var item = items.findById(itemId).orElse(null);
			model.addAttribute("item", item);
			model.addAttribute("itemOverdue", item != null && item.isPublishOverdue(publicationClock.today()));
			model.addAttribute("attachments", attachments.findInfoByItemIdIn(List.of(itemId)));
			if (CatalogueChangeProcess.KEY.equals(task.processKey())) {
				model.addAttribute("change", changes.findByItemIdOrderByRequestedAtDescIdDesc(itemId)
					.stream()
					.filter(c -> c.getStatus() == ChangeStatus.IN_REVIEW)
					.findFirst()
					.orElse(null));
			}
			model.addAttribute("events",
					events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.CATALOGUE_ITEM, itemId));
		}
		return "workbench/task";
	}

	/**
	 * Binds the form to the command of the task's chosen action ({@link TaskCommands}), validates it and
	 * completes the task; what is wrong comes back as a flash message on the task page.
	 */
	@PostMapping("/workbench/tasks/{taskId}")
	String decide(@PathVariable String taskId, HttpServletRequest form, Authentication authentication,
			RedirectAttributes redirect) {
		TaskView completed = null;
		try {
			var staff = CurrentUser.of(authentication).staff();
			var task = inbox.get(taskId, staff);
			var binder = commandBinder(task.taskKey(), form);
			var result = binder.getBindingResult();
			if (result.hasErrors()) {
				redirect.addFlashAttribute("error", "workbench.task.invalid");
				redirect.addFlashAttribute("errorDetail", result.getAllErrors()
					.stream()
					.map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
					.filter(message -> message != null && !SafeDetail.revealsInternals(message))
					.distinct()
					.collect(Collectors.joining("；")));
				return "redirect:/workbench/tasks/" + taskId;
			}
			inbox.complete(taskId, staff, ((TaskCommand) binder.getTarget()).variables());
			redirect.addFlashAttribute("message", "workbench.task.completed");
			completed = task;
		}
		catch (TaskAlreadyCompleted e) {
			redirect.addFlashAttribute("error", "workbench.task.alreadyCompleted");
		}
		catch (TaskNotYours e) {
			throw e;
		}
		catch (RuntimeException e) {
			redirect.addFlashAttribute("error", "workbench.task.invalid");
			redirect.addFlashAttribute("errorDetail", e instanceof Refusal refusal
					? messages.getMessage(refusal.messageKey(), refusal.args(), SafeDetail.of(e, null),
							LocaleContextHolder.getLocale())
					: SafeDetail.of(e, null));
			return "redirect:/workbench/tasks/" + taskId;
		}
		return completed == null ? "redirect:/workbench" : afterAction(completed, CurrentUser.of(authentication), redirect);
	}

	/**
	 * Where the caller lands after completing a task: the case page, where the result shows at the top,
	 * with the next task of the same step in their inbox (by due date) when this case has no further
	 * task for them; the inbox when they may not see the case page.
	 */
	private String afterAction(TaskView task, CurrentUser user, RedirectAttributes redirect) {
		var casePage = casePage(task, user);
		if (casePage == null) {
			return "redirect:/workbench";
		}
		redirect.addFlashAttribute("afterAction", true);
		boolean more = inbox.openTasksOf(task.processKey(), task.caseId()).stream().anyMatch(t -> actsOn(t, user));
		if (!more) {
			var next = workbenchInbox.next(user.staff(), task.taskKey());
			if (next != null) {
				redirect.addFlashAttribute("nextTaskId", next.task().id());
				redirect.addFlashAttribute("nextTaskName", next.task().name());
			}
		}
		return "redirect:" + casePage;
	}

	private TaskView openTask(String taskId, org.gongkai.workflow.task.Staff staff) {
		try {
			return inbox.get(taskId, staff);
		}
		catch (TaskNotYours | TaskNotFound | TaskAlreadyCompleted e) {
			return null;
		}
	}

	/** The case page of the task's request or catalogue item, if the caller may see it; else null. */
	private String casePage(TaskView task, CurrentUser user) {
		if (task.caseId() == null || !task.caseId().matches("\\d{1,18}")) {
			return null;
		}
		var desk = deskOf(task);
		if (desk != null) {
			return desk.casePage(task, user);
		}
		var id = Long.valueOf(task.caseId());
		if (DisclosureRequestProcess.KEY.equals(task.processKey())) {
			return requests.findById(id).filter(request -> queries.handles(request, user))
				.map(request -> "/workbench/requests/" + id)
				.orElse(null);
		}
		if (CataloguePublicationProcess.KEY.equals(task.processKey()) || CatalogueChangeProcess.KEY.equals(task.processKey())) {
			return items.findById(id)
				.filter(i -> i.getDepartmentCode().equals(user.department())
						|| !user.hasRole(Roles.CLERK) && !user.hasRole(Roles.DEPT_HEAD))
				.map(item -> "/workbench/items/" + id)
				.orElse(null);
		}
		return null;
	}

	/**
	 * A binder that has built the task's command from the form (of the action the form's discriminator
	 * chooses) and validated it.
	 * @throws ChoiceNotAllowed if the task offers actions and the form chose none of them
	 */
	private ServletRequestDataBinder commandBinder(String taskKey, HttpServletRequest form) {
		Class<?> type = TaskCommands.typeOf(taskKey);
		var choice = TaskCommands.choiceOf(type);
		if (choice != null) {
			type = TaskCommands.chosenType(choice, form.getParameter(choice.field()));
		}
		var binder = new ServletRequestDataBinder(null, "command");
		binder.setTargetType(ResolvableType.forClass(type));
		binder.setConversionService(conversions);
		binder.construct(form);
		if (binder.getTarget() != null) {
			binder.setValidator(validator);
			binder.validate();
		}
		return binder;
	}

	/** Takes a task offered to the caller's group, so colleagues see who works on it. */
	@PostMapping("/workbench/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
		return assignment(taskId, authentication, redirect, true);
	}

	/** Gives a claimed task back to the group. */
	@PostMapping("/workbench/tasks/{taskId}/release")
	String release(@PathVariable String taskId, Authentication authentication, RedirectAttributes redirect) {
		return assignment(taskId, authentication, redirect, false);
	}

	private String assignment(String taskId, Authentication authentication, RedirectAttributes redirect,
			boolean claim) {
		var staff = CurrentUser.of(authentication).staff();
		try {
			if (claim) {
				inbox.claim(taskId, staff);
			}
			else {
				inbox.release(taskId, staff);
			}
			redirect.addFlashAttribute("message", claim ? "workbench.task.claimed" : "workbench.task.released");
		}
		catch (TaskAlreadyCompleted e) {
			redirect.addFlashAttribute("error", "workbench.task.alreadyCompleted");
			return "redirect:/workbench";
		}
		// a request's case page carries the decision form; an item's does not, so its task page stays
		var task = openTask(taskId, staff);
		if (task != null && (DisclosureRequestProcess.KEY.equals(task.processKey()) || deskOf(task) != null)) {
			var casePage = casePage(task, CurrentUser.of(authentication));
			if (casePage != null) {
				return "redirect:" + casePage;
			}
		}
		return "redirect:/workbench/tasks/" + taskId;
	}

	/** The desk of the task's process when its case page carries the task's form; else null. */
	private CaseDesk deskOf(TaskView task) {
		return desks.stream().filter(desk -> desk.handles(task.processKey())).findFirst().orElse(null);
	}

	/** A request's reply clock as the inbox shows it: due date, working days left, colour. */
	record Clock(java.time.LocalDate due, Integer daysLeft, String colour) {
	}

	private static CurrentUser requireClerk(Authentication authentication) {
		var user = CurrentUser.of(authentication);
		if (!user.hasRole(Roles.CLERK)) {
			throw new org.springframework.security.access.AccessDeniedException("clerks only");
		}
		return user;
	}
}
