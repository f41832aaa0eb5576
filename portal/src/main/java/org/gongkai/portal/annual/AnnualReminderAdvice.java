package org.gongkai.portal.annual;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the annual reports still due (31 January / 31 March) on the workbench, for whoever prepares them. */
@ControllerAdvice(basePackages = "org.gongkai.portal.workbench")
class AnnualReminderAdvice {

	private final GenerateAnnualReport generate;

	private final AnnualReportView.Factory views;

	AnnualReminderAdvice(GenerateAnnualReport generate, AnnualReportView.Factory views) {
		this.generate = generate;
		this.views = views;
	}

	@ModelAttribute("annualAgencyNames")
	Map<String, String> agencyNames() {
		return views.agencies()
			.stream()
			.collect(Collectors.toMap(AnnualReportView.Agency::code, AnnualReportView.Agency::name));
	}

	@ModelAttribute("annualReminders")
	List<GenerateAnnualReport.Reminder> reminders(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		CurrentUser user;
		try {
			user = CurrentUser.of(authentication);
		}
		catch (IllegalStateException notKeycloak) {
			return List.of();
		}
		return generate.reminders().stream().filter(r -> AnnualReportAccess.mayEdit(user, r.agency())).toList();
	}
}
