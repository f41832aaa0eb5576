package org.gongkai.portal.annual;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.workflow.annual.AnnualReportTables;
import org.gongkai.workflow.annual.FeeFigures;
import org.gongkai.workflow.annual.ProactiveTable;
import org.gongkai.workflow.annual.RemedyTable;
import org.gongkai.workflow.annual.Table3Column;
import org.gongkai.workflow.annual.Table3Row;

/** Lays 表二, 表三 and 表四 out as in 国办公开办函〔2021〕30号, with the labels of SPEC §3 verbatim. */
final class AnnualReportLayout {

	static final String SECTION_1 = "一、总体情况";

	static final String SECTION_2 = "二、主动公开政府信息情况";

	static final String SECTION_3 = "三、收到和处理政府信息公开申请情况";

	static final String SECTION_4 = "四、政府信息公开行政复议、行政诉讼情况";

	static final String SECTION_5 = "五、存在的主要问题及改进情况";

	static final String SECTION_6 = "六、其他需要报告的事项";

	static final String FEES = "信息处理费收取情况";

	static final String FEE_NOTICES = "发出收费通知件数";

	static final String FEE_AMOUNT = "收费通知金额（元）";

	static final String FEE_COLLECTED = "实际收取金额（元）";

	private AnnualReportLayout() {
	}

	/** 表二, 表三, 表四, then section 六's fee figures. */
	static List<TableGrid> grids(AnnualReportTables tables) {
		return List.of(table2(tables.proactive()), table3(tables), table4(tables.remedies()), fees(tables.fees()));
	}

	/** Section 六's fee figures, computed from the fee notices (or, in an older report, as the office typed them). */
	static TableGrid fees(FeeFigures fees) {
		return new TableGrid.Builder(FEES, 3).header(0, 0, 1, 1, FEE_NOTICES)
			.header(0, 1, 1, 1, FEE_AMOUNT)
			.header(0, 2, 1, 1, FEE_COLLECTED)
			.value(1, 0, 1, String.valueOf(fees.noticesIssued()))
			.value(1, 1, 1, fees.amountYuan().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
			.value(1, 2, 1, fees.collectedYuan().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
			.build();
	}

	static TableGrid table2(ProactiveTable t2) {
		var grid = new TableGrid.Builder(SECTION_2, 4);
		grid.header(0, 0, 1, 4, ProactiveTable.ITEM_1)
			.header(1, 0, 1, 1, ProactiveTable.CONTENT)
			.header(1, 1, 1, 1, ProactiveTable.MADE)
			.header(1, 2, 1, 1, ProactiveTable.REPEALED)
			.header(1, 3, 1, 1, ProactiveTable.VALID);
		documents(grid, 2, ProactiveTable.REGULATIONS, t2.regulations());
		documents(grid, 3, ProactiveTable.NORMATIVE, t2.normativeDocuments());
		grid.header(4, 0, 1, 4, ProactiveTable.ITEM_5)
			.header(5, 0, 1, 1, ProactiveTable.CONTENT)
			.header(5, 1, 1, 3, ProactiveTable.DECISIONS)
			.header(6, 0, 1, 1, ProactiveTable.LICENSING)
			.value(6, 1, 3, text(t2.licensing()))
			.header(7, 0, 1, 4, ProactiveTable.ITEM_6)
			.header(8, 0, 1, 1, ProactiveTable.CONTENT)
			.header(8, 1, 1, 3, ProactiveTable.DECISIONS)
			.header(9, 0, 1, 1, ProactiveTable.PUNISHMENT)
			.value(9, 1, 3, text(t2.punishment()))
			.header(10, 0, 1, 1, ProactiveTable.COERCION)
			.value(10, 1, 3, text(t2.coercion()))
			.header(11, 0, 1, 4, ProactiveTable.ITEM_8)
			.header(12, 0, 1, 1, ProactiveTable.CONTENT)
			.header(12, 1, 1, 3, ProactiveTable.FEE_AMOUNT)
			.header(13, 0, 1, 1, ProactiveTable.FEES)
			.value(13, 1, 3, text(t2.administrativeFees()));
		return grid.build();
	}

	private static void documents(TableGrid.Builder grid, int row, String label, ProactiveTable.Documents documents) {
		grid.header(row, 0, 1, 1, label)
			.value(row, 1, 1, String.valueOf(documents.made()))
			.value(row, 2, 1, String.valueOf(documents.repealed()))
			.value(row, 3, 1, String.valueOf(documents.valid()));
	}

	/** Three label columns (section, group, item), then the seven applicant columns. */
	static TableGrid table3(AnnualReportTables tables) {
		var grid = new TableGrid.Builder(SECTION_3, 10);
		grid.header(0, 0, 3, 3, "")
			.header(0, 3, 1, 7, Table3Column.APPLICANTS)
			.header(1, 3, 2, 1, Table3Column.NATURAL_PERSON.label())
			.header(1, 4, 1, 5, Table3Column.ORGANISATIONS)
			.header(1, 9, 2, 1, Table3Column.TOTAL.label());
		for (int i = Table3Column.COMMERCIAL_ENTERPRISE.ordinal(); i <= Table3Column.OTHER_ORGANISATION.ordinal(); i++) {
			grid.header(2, 3 + i, 1, 1, Table3Column.values()[i].label());
		}
		var rows = Table3Row.values();
		for (int i = 0; i < rows.length; i++) {
			var row = rows[i];
			int r = 3 + i;
			if (row.group() == null) {
				grid.header(r, 0, 1, 3, row.section());
			}
			else {
				if (i == 0 || !row.section().equals(rows[i - 1].section())) {
					grid.header(r, 0, span(rows, i, true), 1, row.section());
				}
				if (row.item() == null) {
					grid.header(r, 1, 1, 2, row.group());
				}
				else {
					if (!row.group().equals(rows[i - 1].group())) {
						grid.header(r, 1, span(rows, i, false), 1, row.group());
					}
					grid.header(r, 2, 1, 1, row.item());
				}
			}
			for (var column : Table3Column.values()) {
				grid.value(r, 3 + column.ordinal(), 1, String.valueOf(tables.requests().get(row, column)));
			}
		}
		return grid.build();
	}

	private static int span(Table3Row[] rows, int from, boolean section) {
		int n = 0;
		for (int i = from; i < rows.length; i++) {
			boolean same = section ? rows[i].section().equals(rows[from].section())
					: rows[i].group() != null && rows[i].group().equals(rows[from].group());
			if (!same) {
				break;
			}
			n++;
		}
		return n;
	}

	/** Fifteen columns: 行政复议, then 行政诉讼 split into 未经复议直接起诉 and 复议后起诉. */
	static TableGrid table4(RemedyTable t4) {
		var grid = new TableGrid.Builder(SECTION_4, 15);
		grid.header(0, 0, 2, 5, RemedyTable.blockLabel(RemedyTable.BLOCKS[0]))
			.header(0, 5, 1, 10, "行政诉讼")
			.header(1, 5, 1, 5, RemedyTable.blockLabel(RemedyTable.BLOCKS[1]))
			.header(1, 10, 1, 5, RemedyTable.blockLabel(RemedyTable.BLOCKS[2]));
		for (int block = 0; block < RemedyTable.BLOCKS.length; block++) {
			for (int column = 0; column <= RemedyTable.TOTAL; column++) {
				grid.header(2, block * 5 + column, 1, 1, RemedyTable.outcomeLabel(column));
				grid.value(3, block * 5 + column, 1, String.valueOf(t4.get(block, column)));
			}
		}
		return grid.build();
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal amount) {
			return amount.stripTrailingZeros().toPlainString();
		}
		return value == null ? "" : String.valueOf(value);
	}
}
