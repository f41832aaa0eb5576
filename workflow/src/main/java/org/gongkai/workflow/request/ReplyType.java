package org.gongkai.workflow.request;

/**
 * How a disclosure request was answered (SPEC §2.4, arts. 30–39 of the Regulations), with the row of
 * the annual report's 表三 where it is counted. Withholding is one type; its reason is a
 * {@link WithholdingReason}.
 */
public enum ReplyType implements Cited {

	ALREADY_PUBLIC(Citation.item(36, 1), "予以公开", "（一）予以公开"),
	DISCLOSE(Citation.item(36, 2), "予以公开", "（一）予以公开"),
	PARTIAL(Citation.of(37), "部分公开", "（二）部分公开"),
	WITHHOLD(Citation.item(36, 3), "不予公开", "（三）不予公开"),
	ADMIN_QUERY(Citation.item(36, 7), "不予公开（行政查询事项）", "（三）不予公开 8"),
	NOT_HELD(Citation.item(36, 4), "无法提供（本机关不掌握）", "（四）无法提供 1"),
	NOT_RESPONSIBLE(Citation.item(36, 5), "无法提供（非本机关负责公开）", "（四）无法提供 1"),
	NEEDS_CREATION(Citation.of(38), "无法提供（需另行制作）", "（四）无法提供 2"),
	STILL_UNCLEAR(Citation.of(30), "无法提供（补正后仍不明确）", "（四）无法提供 3"),
	PETITION(Citation.paragraph(39, 1), "不予处理（信访举报投诉类）", "（五）不予处理 1"),
	DUPLICATE(Citation.item(36, 6), "不予处理（重复申请）", "（五）不予处理 2"),
	PUBLICATION(Citation.paragraph(39, 2), "不予处理（要求提供公开出版物）", "（五）不予处理 3"),
	MASS_REPEATED(Citation.of(35), "不予处理（无正当理由大量反复申请）", "（五）不予处理 4"),
	CONFIRM_REISSUE(Citation.NONE, "不予处理（要求确认或重新出具已获取信息）", "（五）不予处理 5"),
	ABANDONED_NO_SUPPLEMENT(Citation.of(30), "其他处理（逾期不补正）", "（六）其他处理 1"),
	ABANDONED_FEE_UNPAID(Citation.document("国办函〔2020〕109号",
			"Measures on Information Processing Fees, Guobanhan [2020] No. 109"), "其他处理（逾期未缴费）", "（六）其他处理 2"),
	OTHER(Citation.NONE, "其他处理", "（六）其他处理 3");

	private final Citation citation;

	private final String label;

	private final String reportRow;

	ReplyType(Citation citation, String label, String reportRow) {
		this.citation = citation;
		this.label = label;
		this.reportRow = reportRow;
	}

	/** The article of the Regulations (or other basis) the reply letter cites; {@link Citation#NONE} for none. */
	@Override
	public Citation citation() {
		return citation;
	}

	/** Chinese name of the outcome as shown to applicants and staff. */
	public String label() {
		return label;
	}

	/** The 表三 row this outcome is counted in (the withholding row depends on the reason). */
	public String reportRow() {
		return reportRow;
	}

	/** Whether the reply needs a reason from {@link WithholdingReason}. */
	public boolean needsReason() {
		return this == WITHHOLD || this == PARTIAL;
	}
}
