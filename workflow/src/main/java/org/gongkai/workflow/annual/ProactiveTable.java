package org.gongkai.workflow.annual;

import java.math.BigDecimal;

/**
 * 表二 (主动公开): the 规章 and 行政规范性文件 rows counted from the catalogue (made in the year, repealed
 * in the year, valid at its end), and the rows the office enters (null until entered).
 */
public record ProactiveTable(Documents regulations, Documents normativeDocuments, Long licensing, Long punishment,
		Long coercion, BigDecimal administrativeFees) {

	public static final String ITEM_1 = "第二十条第（一）项";

	public static final String ITEM_5 = "第二十条第（五）项";

	public static final String ITEM_6 = "第二十条第（六）项";

	public static final String ITEM_8 = "第二十条第（八）项";

	public static final String CONTENT = "信息内容";

	public static final String MADE = "本年制发件数";

	public static final String REPEALED = "本年废止件数";

	public static final String VALID = "现行有效件数";

	public static final String DECISIONS = "本年处理决定数量";

	public static final String FEE_AMOUNT = "本年收费金额（单位：万元）";

	public static final String REGULATIONS = "规章";

	public static final String NORMATIVE = "行政规范性文件";

	public static final String LICENSING = "行政许可";

	public static final String PUNISHMENT = "行政处罚";

	public static final String COERCION = "行政强制";

	public static final String FEES = "行政事业性收费";

	/** One row of the first block. */
	public record Documents(long made, long repealed, long valid) {
	}
}
