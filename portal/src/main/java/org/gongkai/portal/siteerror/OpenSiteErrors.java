package org.gongkai.portal.siteerror;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Tells the general office on the workbench's inbox how many reports of site errors wait for it. */
@Component
public class OpenSiteErrors {

	private final SiteErrorReports reports;

	OpenSiteErrors(SiteErrorReports reports) {
		this.reports = reports;
	}

	/** The number of open reports for the office; null for anyone else. */
	public Long count(Authentication authentication) {
		if (authentication == null || authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.noneMatch(a -> a.equals("ROLE_office-editor") || a.equals("ROLE_office-head") || a.equals("ROLE_admin"))) {
			return null;
		}
		return reports.countByHandledAtIsNull();
	}
}
