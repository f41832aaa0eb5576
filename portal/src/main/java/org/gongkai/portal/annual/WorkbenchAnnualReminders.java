package org.gongkai.portal.annual;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.workflow.annual.GenerateAnnualReport;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The annual reports still due (31 January / 31 March), for the workbench's inbox of whoever prepares
 * them. Asked for by that page alone: computed for every workbench request (the task API's included),
 * they cost each call several queries it did not need.
 */
@Component
public class WorkbenchAnnualReminders {

	private final GenerateAnnualReport generate;

	private final AnnualReportView.Factory views;

	WorkbenchAnnualReminders(GenerateAnnualReport generate, AnnualReportView.Factory views) {
		this.generate = generate;
		this.views = views;
	}

	/** Agency names by code, for the reminders' text. */
	public Map<String, String> agencyNames() {
		return views.agencies()
			.stream()
			.collect(Collectors.toMap(AnnualReportView.Agency::code, AnnualReportView.Agency::name));
	}

	/** The reports the caller may edit that are not published yet; none for anyone else. */
	public List<GenerateAnnualReport.Reminder> reminders(Authentication authentication) {
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
