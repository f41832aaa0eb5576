package org.gongkai.workflow.request;

/**
 * What an applicant asks for: information (art. 29, counted in the annual report's 表三) or the
 * correction of a record about themselves (art. 41, its own request type, not counted in 表三).
 */
public enum RequestKind implements Cited {
	DISCLOSURE("政府信息公开申请", Citation.of(29)),
	CORRECTION("政府信息更正申请", Citation.of(41));

	private final String label;

	private final Citation citation;

	RequestKind(String label, Citation citation) {
		this.label = label;
		this.citation = citation;
	}

	public String label() {
		return label;
	}

	/** The article of the Regulations the application is made under. */
	@Override
	public Citation citation() {
		return citation;
	}
}
