package org.gongkai.workflow.request;

/** Who may see a request: the applicant and the staff handling it, or everyone once moved to proactive disclosure (art. 44). */
public enum Visibility {
	APPLICANT_AND_STAFF("仅申请人和办理人员可见"), PUBLIC("已转为主动公开");

	private final String label;

	Visibility(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
