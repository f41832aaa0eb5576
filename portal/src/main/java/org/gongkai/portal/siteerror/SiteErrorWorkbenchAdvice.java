package org.gongkai.portal.siteerror;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the general office on the workbench how many reports of site errors wait for it. */
@ControllerAdvice(basePackages = "org.gongkai.portal.workbench")
class SiteErrorWorkbenchAdvice {

	private final SiteErrorReports reports;

	SiteErrorWorkbenchAdvice(SiteErrorReports reports) {
		this.reports = reports;
	}

	/** The number of open reports for the office; null for anyone else. */
	@ModelAttribute("openSiteErrors")
	Long openSiteErrors(Authentication authentication) {
		if (authentication == null || authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.noneMatch(a -> a.equals("ROLE_office-editor") || a.equals("ROLE_office-head") || a.equals("ROLE_admin"))) {
			return null;
		}
		return reports.countByHandledAtIsNull();
	}
}
