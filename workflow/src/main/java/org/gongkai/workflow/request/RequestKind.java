package org.gongkai.workflow.request;

/**
 * What an applicant asks for: information (art. 29, counted in the annual report's 表三) or the
 * correction of a record about themselves (art. 41, its own request type, not counted in 表三).
 */
public enum RequestKind {
	DISCLOSURE("政府信息公开申请", "第二十九条"),
	CORRECTION("政府信息更正申请", "第四十一条");

	private final String label;

	private final String article;

	RequestKind(String label, String article) {
		this.label = label;
		this.article = article;
	}

	public String label() {
		return label;
	}

	/** The article of the Regulations the application is made under. */
	public String article() {
		return article;
	}
}
