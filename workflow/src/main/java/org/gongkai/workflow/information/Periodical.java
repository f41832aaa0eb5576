package org.gongkai.workflow.information;

/** The general office's own periodicals (刊物: 《政务信息》, 专报, 快报, 增刊); each numbers its issues per year. */
public enum Periodical {
	/** 《政务信息》 */
	DAILY("《政务信息》"),
	/** 专报 */
	SPECIAL("专报"),
	/** 快报 */
	EXPRESS("快报"),
	/** 增刊 */
	SUPPLEMENT("增刊");

	private final String title;

	Periodical(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
