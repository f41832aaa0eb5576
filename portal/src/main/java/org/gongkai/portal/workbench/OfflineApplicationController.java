package org.gongkai.portal.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.portal.request.ApplicationFormChoices;
import org.gongkai.portal.security.AccountDirectoryUnavailable;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.ApplicationForm;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.FileDisclosureRequest;
import org.gongkai.workflow.request.RequestKind;
import org.gongkai.workflow.request.identity.IdType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 代为登记申请: the office enters an application handed in, posted, faxed, e-mailed or made orally
 * (art. 29) on the citizen's form, with how it came and the day art. 31 counts as received.
 */
@Controller
@PreAuthorize("hasRole('office-editor')")
class OfflineApplicationController {

	private final FileDisclosureRequest file;

	private final Clock clock;

	private final MessageSource messages;

	private final ApplicationFormChoices formChoices;

	OfflineApplicationController(FileDisclosureRequest file, Clock clock, MessageSource messages,
			ApplicationFormChoices formChoices) {
		this.formChoices = formChoices;
		this.messages = messages;
		this.file = file;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("offline", true);
		formChoices.addTo(model);
		model.addAttribute("channels", java.util.Arrays.stream(ApplicationChannel.values())
			.filter(channel -> channel != ApplicationChannel.ONLINE)
			.toList());
	}

	@GetMapping("/workbench/requests/new")
	String initOfflineForm(@RequestParam(required = false) RequestKind kind, Model model) {
		model.addAttribute("form", new ApplicationForm(ApplicantType.NATURAL_PERSON, null, null, null, null, null, null,
				null, null, null, null, null, DeliveryForm.PAPER, DeliveryMethod.POST, false,
				kind == null ? RequestKind.DISCLOSURE : kind, null, IdType.RESIDENT_ID, null));
		model.addAttribute("channel", ApplicationChannel.IN_PERSON);
		model.addAttribute("receivedOn", LocalDate.now(clock));
		return "request/form";
	}

	@PostMapping("/workbench/requests")
	String processOfflineForm(@Validated @ModelAttribute("form") ApplicationForm form, BindingResult result,
			@RequestParam(required = false) ApplicationChannel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String applicantUser, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("channel", channel);
		model.addAttribute("receivedOn", receivedOn);
		model.addAttribute("applicantUser", applicantUser);
		formChoices.checkAgency(form, result);
		if (result.hasErrors()) {
			return "request/form";
		}
		try {
			var request = file.fileOffline(form, List.of(), channel, receivedOn, applicantUser,
					CurrentUser.of(authentication).staff());
			redirect.addFlashAttribute("message", "request.offline.registered");
			return "redirect:/workbench/requests/" + request.getId();
		}
		catch (InvalidValue e) {
			model.addAttribute("offlineError",
					messages.getMessage(e.messageKey(), e.args(), e.detail(), LocaleContextHolder.getLocale()));
			return "request/form";
		}
		catch (AccountDirectoryUnavailable e) {
			model.addAttribute("offlineError",
					messages.getMessage("request.applicantUser.unavailable", null, LocaleContextHolder.getLocale()));
			return "request/form";
		}
	}
}
