package org.gongkai.workflow.request;

/** Who may see a request: the applicant and the staff handling it, or everyone once moved to proactive disclosure (art. 44). */
public enum Visibility {
	APPLICANT_AND_STAFF, PUBLIC
}
