package org.gongkai.workflow.request;

/** How an applicant challenged the handling of a request; the first three are the blocks of 表四. */
public enum RemedyKind {
	ADMINISTRATIVE_REVIEW("行政复议"),
	LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）"),
	LITIGATION_AFTER_REVIEW("行政诉讼（复议后起诉）"),
	COMPLAINT("投诉");

	private final String label;

	RemedyKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
