package org.gongkai.portal.siteerror;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where reports of errors on this site go besides the workbench ({@code gongkai.site-errors}).
 *
 * @param officeEmail the office's address that gets a mail for every report ({@code GONGKAI_SITE_ERRORS_EMAIL});
 *     empty: no mail, the reports wait in the workbench
 */
@ConfigurationProperties("gongkai.site-errors")
public record SiteErrorProperties(String officeEmail) {

	public SiteErrorProperties {
		officeEmail = officeEmail == null || officeEmail.isBlank() ? null : officeEmail.strip();
	}
}
