package org.gongkai.workflow.request;

/** The exemptions of arts. 14–16 and 36(七) (SPEC §1), in the order of 表三 （三）1–8. */
public enum WithholdingReason {

	STATE_SECRET("14", "属于国家秘密", 1),
	PROHIBITED_BY_LAW("14", "其他法律行政法规禁止公开", 2),
	ENDANGERS_SECURITY("14", "危及“三安全一稳定”", 3),
	THIRD_PARTY_RIGHTS("15", "保护第三方合法权益", 4),
	INTERNAL_AFFAIRS("16 第一款", "属于三类内部事务信息", 5),
	PROCESS_INFORMATION("16 第二款", "属于四类过程性信息", 6),
	ENFORCEMENT_FILES("16 第二款", "属于行政执法案卷", 7),
	ADMIN_QUERY("36（七）", "属于行政查询事项", 8);

	private final String article;

	private final String label;

	private final int reportRow;

	WithholdingReason(String article, String label, int reportRow) {
		this.article = article;
		this.label = label;
		this.reportRow = reportRow;
	}

	public String article() {
		return article;
	}

	public String label() {
		return label;
	}

	/** The number of the row under 表三 （三）不予公开. */
	public int reportRow() {
		return reportRow;
	}
}
