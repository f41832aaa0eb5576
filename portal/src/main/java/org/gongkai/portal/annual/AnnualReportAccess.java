package org.gongkai.portal.annual;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.workflow.annual.AnnualReports;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and prepare which report: the disclosure office, leaders and administrators every one;
 * a department's staff their own department's, its head also edits and publishes it.
 */
final class AnnualReportAccess {

	private AnnualReportAccess() {
	}

	static boolean maySee(CurrentUser user, String agency) {
		return user.hasRole(Roles.OFFICE_EDITOR) || user.hasRole(Roles.LEADER) || user.hasRole(Roles.ADMIN)
				|| !AnnualReports.GOVERNMENT.equals(agency) && agency.equals(user.department())
						&& (user.hasRole(Roles.CLERK) || user.hasRole(Roles.DEPT_HEAD));
	}

	static boolean mayEdit(CurrentUser user, String agency) {
		return user.hasRole(Roles.OFFICE_EDITOR) || user.hasRole(Roles.ADMIN)
				|| !AnnualReports.GOVERNMENT.equals(agency) && agency.equals(user.department())
						&& user.hasRole(Roles.DEPT_HEAD);
	}

	static void requireSee(CurrentUser user, String agency) {
		if (!maySee(user, agency)) {
			throw new AccessDeniedException("annual report of " + agency);
		}
	}

	static void requireEdit(CurrentUser user, String agency) {
		if (!mayEdit(user, agency)) {
			throw new AccessDeniedException("annual report of " + agency);
		}
	}
}
