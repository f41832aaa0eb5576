package org.gongkai.workflow.report;

/** The general office's own publications; each numbers its issues per year. */
public enum Publication {
	/** 《政务信息》 */
	DAILY("《政务信息》"),
	/** 专报 */
	SPECIAL("专报"),
	/** 快报 */
	EXPRESS("快报"),
	/** 增刊 */
	SUPPLEMENT("增刊");

	private final String title;

	Publication(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
