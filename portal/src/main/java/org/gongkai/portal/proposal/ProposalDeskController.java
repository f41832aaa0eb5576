package org.gongkai.portal.proposal;

import java.util.Arrays;
import java.util.HashSet;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.proposal.ConsultationChannel;
import org.gongkai.workflow.proposal.ConsultationDetails;
import org.gongkai.workflow.proposal.DeputyProposalProcess;
import org.gongkai.workflow.proposal.ProposalKind;
import org.gongkai.workflow.proposal.ProposalSteps;
import org.gongkai.workflow.proposal.RegisterProposal;
import org.gongkai.workflow.proposal.ReplyClass;
import org.gongkai.workflow.proposal.Satisfaction;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's pages of 建议提案办理: the list and the office's registration form, and a case with its units,
 * opinions, 面商 records, timeline and the caller's open task forms (posted to the workbench's task form).
 */
@Controller
@PreAuthorize("hasAnyRole('clerk','dept-head','secrecy-reviewer','office-editor','office-head','leader','admin')")
class ProposalDeskController {

	private final RegisterProposal register;

	private final ProposalSteps steps;

	private final ProposalQueries queries;

	private final TaskInbox inbox;

	private final MessageSource messages;

	ProposalDeskController(RegisterProposal register, ProposalSteps steps, ProposalQueries queries, TaskInbox inbox,
			MessageSource messages) {
		this.register = register;
		this.steps = steps;
		this.queries = queries;
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping("/workbench/proposals")
	String list(Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		model.addAttribute("proposals", queries.recent(user));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProposalForm.empty());
		}
		return list(model);
	}

	@PostMapping("/workbench/proposals")
	@PreAuthorize("hasRole('office-editor')")
	String processRegisterForm(@Validated @ModelAttribute("form") ProposalForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		if (!result.hasErrors()) {
			try {
				var proposal = register.register(form.details(), user.userName());
				redirect.addFlashAttribute("message", "proposal.registered");
				return "redirect:/workbench/proposals/" + proposal.getId();
			}
			catch (UnknownReference e) {
				reject(result, e.field(), e.messageKey(), e.args(), null);
			}
			catch (InvalidValue e) {
				reject(result, e.field(), e.messageKey(), e.args(), e.detail());
			}
		}
		model.addAttribute("proposals", queries.recent(user));
		return list(model);
	}

	@GetMapping("/workbench/proposals/{id:\\d+}")
	String view(@PathVariable Long id, Authentication authentication, Model model) {
		var user = CurrentUser.of(authentication);
		model.addAttribute("proposal", queries.view(id, user));
		model.addAttribute("events", steps.logOf(id));
		var open = inbox.openTasksOf(DeputyProposalProcess.KEY, String.valueOf(id));
		var groups = inbox.candidateGroups(open);
		var mine = new HashSet<>(user.staff().candidateGroups());
		model.addAttribute("tasks", open.stream()
			.filter(task -> user.userName().equals(task.assignee())
					|| task.assignee() == null && groups.getOrDefault(task.id(), java.util.List.of()).stream().anyMatch(mine::contains))
			.toList());
		model.addAttribute("others", open.stream().map(TaskView::name).distinct().toList());
		model.addAttribute("mayConsult", queries.mayConsult(id, user)
				&& steps.get(id).getStatus() != org.gongkai.workflow.proposal.ProposalStatus.SENT
				&& steps.get(id).getStatus() != org.gongkai.workflow.proposal.ProposalStatus.CLOSED);
		model.addAttribute("channels", ConsultationChannel.values());
		model.addAttribute("classes", ReplyClass.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		return "proposal/case";
	}

	@PostMapping("/workbench/proposals/{id:\\d+}/consultations")
	@PreAuthorize("hasRole('clerk')")
	String consult(@PathVariable Long id, @Validated @ModelAttribute("consultation") ConsultationDetails details,
			BindingResult result, Authentication authentication, RedirectAttributes redirect) {
		var user = CurrentUser.of(authentication);
		queries.visible(id, user);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "proposal.consultation.invalid");
			redirect.addFlashAttribute("errorDetail", result.getAllErrors()
				.stream()
				.map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
				.distinct()
				.collect(java.util.stream.Collectors.joining("；")));
			return "redirect:/workbench/proposals/" + id;
		}
		try {
			steps.consult(id, user.department(), details, user.userName());
			redirect.addFlashAttribute("message", "proposal.consulted");
		}
		catch (InvalidValue e) {
			redirect.addFlashAttribute("error", "proposal.consultation.invalid");
			redirect.addFlashAttribute("errorDetail",
					messages.getMessage(e.messageKey(), e.args(), e.detail(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/workbench/proposals/" + id;
	}

	private String list(Model model) {
		model.addAttribute("kinds", ProposalKind.values());
		model.addAttribute("departments", queries.departments());
		return "proposal/desk";
	}

	private static void reject(BindingResult result, String field, String key, Object[] args, String fallback) {
		if (Arrays.stream(ProposalForm.class.getRecordComponents()).anyMatch(c -> c.getName().equals(field))) {
			result.rejectValue(field, key, args, fallback);
		}
		else {
			result.reject(key, args, fallback);
		}
	}
}
