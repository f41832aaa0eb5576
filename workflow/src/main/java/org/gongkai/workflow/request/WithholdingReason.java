package org.gongkai.workflow.request;

/** The exemptions of arts. 14–16 and 36(七) (SPEC §1), in the order of 表三 （三）1–8. */
public enum WithholdingReason implements Cited {

	STATE_SECRET(Citation.of(14), "属于国家秘密", 1),
	PROHIBITED_BY_LAW(Citation.of(14), "其他法律行政法规禁止公开", 2),
	ENDANGERS_SECURITY(Citation.of(14), "危及“三安全一稳定”", 3),
	THIRD_PARTY_RIGHTS(Citation.of(15), "保护第三方合法权益", 4),
	INTERNAL_AFFAIRS(Citation.paragraph(16, 1), "属于三类内部事务信息", 5),
	PROCESS_INFORMATION(Citation.paragraph(16, 2), "属于四类过程性信息", 6),
	ENFORCEMENT_FILES(Citation.paragraph(16, 2), "属于行政执法案卷", 7),
	ADMIN_QUERY(Citation.item(36, 7), "属于行政查询事项", 8);

	private final Citation citation;

	private final String label;

	private final int reportRow;

	WithholdingReason(Citation citation, String label, int reportRow) {
		this.citation = citation;
		this.label = label;
		this.reportRow = reportRow;
	}

	/** The article (and paragraph or item) of the Regulations the exemption rests on. */
	@Override
	public Citation citation() {
		return citation;
	}

	public String label() {
		return label;
	}

	/** The number of the row under 表三 （三）不予公开. */
	public int reportRow() {
		return reportRow;
	}
}
