package org.gongkai.portal.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.workflow.annual.AnnualReportDraft;
import org.gongkai.workflow.annual.AnnualReportJson;
import org.gongkai.workflow.annual.AnnualReportTables;
import org.gongkai.workflow.annual.Table3Column;
import org.gongkai.workflow.annual.Table3Row;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The DOCX and XLSX downloads opened with POI: every label of SPEC §3 verbatim and in order, every
 * value in its cell, and the merged cells of the official layout in both files.
 */
class AnnualReportFilesTests {

	/** 表三 item labels of SPEC §3 in order, as they stand in the report's third label column or wider. */
	static final List<String> TABLE3_LABELS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
			"三、本年度办理结果", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "1.属于国家秘密",
			"2.其他法律行政法规禁止公开", "3.危及\"三安全一稳定\"", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
			"7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
			"3.补正后申请内容仍不明确", "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
			"5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计", "四、结转下年度继续办理");

	final AnnualReportTables tables = tables();

	final AnnualReportView view = new AnnualReportView(2025, "government", "某某市人民政府",
			org.gongkai.workflow.annual.AnnualReportStatus.PUBLISHED, null, tables,
			new AnnualReportDraft(120L, 35L, 4L, new BigDecimal("12.5"), "总体情况正文。", "存在问题正文。", "其他事项正文。"),
			List.of(), null, List.of());

	/** Distinct values: 表三 cell (row i, column j) holds 100·i + j, 表四 block b column c holds 10·b + c + 1. */
	static AnnualReportTables tables() {
		var root = new LinkedHashMap<String, Object>();
		root.put("year", 2025);
		root.put("agency", "government");
		var table2 = new LinkedHashMap<String, Object>();
		table2.put("regulations", Map.of("made", 1, "repealed", 2, "valid", 3));
		table2.put("normativeDocuments", Map.of("made", 4, "repealed", 5, "valid", 6));
		table2.put("licensing", Map.of("decisions", 120));
		table2.put("punishment", Map.of("decisions", 35));
		table2.put("coercion", Map.of("decisions", 4));
		table2.put("administrativeFees", Map.of("amountTenThousandYuan", new BigDecimal("12.5")));
		root.put("table2", table2);
		var table3 = new LinkedHashMap<String, Object>();
		for (var row : Table3Row.values()) {
			var cells = new LinkedHashMap<String, Object>();
			for (var column : Table3Column.values()) {
				cells.put(column.key(), 100 * row.ordinal() + column.ordinal());
			}
			table3.put(row.key(), cells);
		}
		root.put("table3", table3);
		var table4 = new LinkedHashMap<String, Object>();
		var blocks = List.of("administrativeReview", "litigationWithoutReview", "litigationAfterReview");
		var outcomes = List.of("maintained", "corrected", "other", "pending", "total");
		for (int b = 0; b < 3; b++) {
			var cells = new LinkedHashMap<String, Object>();
			for (int c = 0; c < 5; c++) {
				cells.put(outcomes.get(c), 10 * b + c + 1);
			}
			table4.put(blocks.get(b), cells);
		}
		root.put("table4", table4);
		root.put("fees", Map.of("noticesIssued", 2, "amountYuan", new BigDecimal("2000.00"), "collectedYuan",
				new BigDecimal("300.00"), "source", "fee-notices"));
		try {
			return AnnualReportJson.read(new ObjectMapper().writeValueAsString(root));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void xlsxHasEveryLabelValueAndMergedRegion() throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(AnnualReportFiles.xlsx(view.grids())))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			var fees = workbook.getSheet("信息处理费");
			assertThat(List.of(text(fees, 0, 0), text(fees, 0, 1), text(fees, 0, 2)))
				.containsExactly("发出收费通知件数", "收费通知金额（元）", "实际收取金额（元）");
			assertThat(List.of(number(fees, 1, 0), number(fees, 1, 1), number(fees, 1, 2)))
				.containsExactly(2.0, 2000.0, 300.0);
			var t2 = workbook.getSheet("表二");
			assertThat(text(t2, 0, 0)).isEqualTo("第二十条第（一）项");
			assertThat(List.of(text(t2, 1, 0), text(t2, 1, 1), text(t2, 1, 2), text(t2, 1, 3)))
				.containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
			assertThat(text(t2, 2, 0)).isEqualTo("规章");
			assertThat(List.of(number(t2, 2, 1), number(t2, 2, 2), number(t2, 2, 3))).containsExactly(1.0, 2.0, 3.0);
			assertThat(text(t2, 3, 0)).isEqualTo("行政规范性文件");
			assertThat(List.of(number(t2, 3, 1), number(t2, 3, 2), number(t2, 3, 3))).containsExactly(4.0, 5.0, 6.0);
			assertThat(List.of(text(t2, 4, 0), text(t2, 5, 1), text(t2, 6, 0))).containsExactly("第二十条第（五）项",
					"本年处理决定数量", "行政许可");
			assertThat(number(t2, 6, 1)).isEqualTo(120.0);
			assertThat(List.of(text(t2, 7, 0), text(t2, 9, 0), text(t2, 10, 0))).containsExactly("第二十条第（六）项", "行政处罚",
					"行政强制");
			assertThat(List.of(number(t2, 9, 1), number(t2, 10, 1))).containsExactly(35.0, 4.0);
			assertThat(List.of(text(t2, 11, 0), text(t2, 12, 1), text(t2, 13, 0))).containsExactly("第二十条第（八）项",
					"本年收费金额（单位：万元）", "行政事业性收费");
			assertThat(number(t2, 13, 1)).isEqualTo(12.5);
			assertThat(t2.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:D1"), CellRangeAddress.valueOf("B6:D6"),
					CellRangeAddress.valueOf("B7:D7"), CellRangeAddress.valueOf("B14:D14"));

			var t3 = workbook.getSheet("表三");
			assertThat(text(t3, 0, 3)).isEqualTo("申请人情况");
			assertThat(List.of(text(t3, 1, 3), text(t3, 1, 4), text(t3, 1, 9))).containsExactly("自然人", "法人或其他组织", "总计");
			assertThat(List.of(text(t3, 2, 4), text(t3, 2, 5), text(t3, 2, 6), text(t3, 2, 7), text(t3, 2, 8)))
				.containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
			var labels = new ArrayList<String>();
			for (int r = 3; r < 3 + Table3Row.values().length; r++) {
				for (int c = 0; c < 3; c++) {
					if (!text(t3, r, c).isEmpty()) {
						labels.add(text(t3, r, c));
					}
				}
				for (int c = 0; c < 7; c++) {
					assertThat(number(t3, r, 3 + c)).as("表三 row %d column %d", r, c).isEqualTo(100.0 * (r - 3) + c);
				}
			}
			assertThat(labels).containsExactlyElementsOf(TABLE3_LABELS);
			assertThat(t3.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:C3"), CellRangeAddress.valueOf("D1:J1"),
					CellRangeAddress.valueOf("D2:D3"), CellRangeAddress.valueOf("E2:I2"), CellRangeAddress.valueOf("J2:J3"),
					CellRangeAddress.valueOf("A4:C4"), CellRangeAddress.valueOf("A5:C5"),
					// 三、本年度办理结果 over its 22 rows; （三）不予公开 over its 8; （七）总计 over two label columns
					CellRangeAddress.valueOf("A6:A27"), CellRangeAddress.valueOf("B8:B15"), CellRangeAddress.valueOf("B27:C27"),
					CellRangeAddress.valueOf("A28:C28"));

			var t4 = workbook.getSheet("表四");
			assertThat(List.of(text(t4, 0, 0), text(t4, 0, 5), text(t4, 1, 5), text(t4, 1, 10))).containsExactly("行政复议",
					"行政诉讼", "未经复议直接起诉", "复议后起诉");
			for (int b = 0; b < 3; b++) {
				assertThat(List.of(text(t4, 2, 5 * b), text(t4, 2, 5 * b + 1), text(t4, 2, 5 * b + 2), text(t4, 2, 5 * b + 3),
						text(t4, 2, 5 * b + 4))).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
				for (int c = 0; c < 5; c++) {
					assertThat(number(t4, 3, 5 * b + c)).isEqualTo(10.0 * b + c + 1);
				}
			}
			assertThat(t4.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:E2"), CellRangeAddress.valueOf("F1:O1"),
					CellRangeAddress.valueOf("F2:J2"), CellRangeAddress.valueOf("K2:O2"));
		}
	}

	@Test
	void docxHasTheSixSectionsAndTheSameMergedTables() throws Exception {
		try (var document = new XWPFDocument(
				new ByteArrayInputStream(AnnualReportFiles.docx(view.title(), view.sections())))) {
			var paragraphs = document.getParagraphs().stream().map(p -> p.getText()).toList();
			assertThat(paragraphs).containsSubsequence("某某市人民政府2025年政府信息公开工作年度报告", "一、总体情况", "总体情况正文。",
					"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
					"存在问题正文。", "六、其他需要报告的事项", "本年度发出信息处理费收费通知2件，收费通知金额2000.00元，实际收取300.00元。", "其他事项正文。");
			assertThat(document.getTables()).hasSize(4);
			var fees = document.getTables().get(3);
			assertThat(fees.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly("2", "2000.00", "300.00");

			var t2 = document.getTables().get(0);
			assertThat(t2.getRow(0).getTableCells()).hasSize(1);
			assertThat(span(t2, 0, 0)).isEqualTo(4);
			assertThat(texts(t2, 1)).containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
			assertThat(texts(t2, 2)).containsExactly("规章", "1", "2", "3");
			assertThat(texts(t2, 3)).containsExactly("行政规范性文件", "4", "5", "6");
			assertThat(texts(t2, 6)).containsExactly("行政许可", "120");
			assertThat(span(t2, 6, 1)).isEqualTo(3);
			assertThat(texts(t2, 13)).containsExactly("行政事业性收费", "12.5");

			var t3 = document.getTables().get(1);
			assertThat(t3.getRows()).hasSize(3 + Table3Row.values().length);
			// header: the 3×3 corner, 申请人情况 over seven columns
			assertThat(texts(t3, 0)).containsExactly("", "申请人情况");
			assertThat(span(t3, 0, 0)).isEqualTo(3);
			assertThat(vMerge(t3, 0, 0)).isEqualTo(STMerge.RESTART);
			assertThat(vMerge(t3, 1, 0)).isEqualTo(STMerge.CONTINUE);
			assertThat(span(t3, 0, 1)).isEqualTo(7);
			assertThat(texts(t3, 1)).containsExactly("", "自然人", "法人或其他组织", "总计");
			assertThat(texts(t3, 2)).containsExactly("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
			// 一: one label over three columns, then seven values
			assertThat(texts(t3, 3)).containsExactly("一、本年新收政府信息公开申请数量", "0", "1", "2", "3", "4", "5", "6");
			assertThat(span(t3, 3, 0)).isEqualTo(3);
			// （三）1: section and group merged down from above
			int withheld1 = 3 + Table3Row.WITHHELD_1.ordinal();
			assertThat(texts(t3, withheld1)).containsExactly("", "（三）不予公开", "1.属于国家秘密", "400", "401", "402", "403",
					"404", "405", "406");
			assertThat(vMerge(t3, withheld1, 0)).isEqualTo(STMerge.CONTINUE);
			assertThat(vMerge(t3, withheld1, 1)).isEqualTo(STMerge.RESTART);
			assertThat(texts(t3, withheld1 + 1).get(1)).isEmpty();
			assertThat(vMerge(t3, withheld1 + 1, 1)).isEqualTo(STMerge.CONTINUE);
			int total = 3 + Table3Row.RESULT_TOTAL.ordinal();
			assertThat(texts(t3, total)).containsExactly("", "（七）总计", "2300", "2301", "2302", "2303", "2304", "2305",
					"2306");
			assertThat(span(t3, total, 1)).isEqualTo(2);

			var t4 = document.getTables().get(2);
			assertThat(texts(t4, 0)).containsExactly("行政复议", "行政诉讼");
			assertThat(span(t4, 0, 0)).isEqualTo(5);
			assertThat(span(t4, 0, 1)).isEqualTo(10);
			assertThat(texts(t4, 1)).containsExactly("", "未经复议直接起诉", "复议后起诉");
			assertThat(texts(t4, 3)).containsExactly("1", "2", "3", "4", "5", "11", "12", "13", "14", "15", "21", "22", "23",
					"24", "25");
		}
	}

	@Test
	void plainTextForTheCatalogueCarriesEveryLabel() {
		var text = view.plainText();
		for (var label : TABLE3_LABELS) {
			assertThat(text).contains(label);
		}
		assertThat(text).contains("总体情况正文。", "行政事业性收费 12.5");
	}

	private static String text(XSSFSheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	private static double number(XSSFSheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getNumericCellValue();
	}

	private static List<String> texts(XWPFTable table, int row) {
		return table.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
	}

	private static int span(XWPFTable table, int row, int cell) {
		var properties = table.getRow(row).getCell(cell).getCTTc().getTcPr();
		return properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
	}

	private static STMerge.Enum vMerge(XWPFTable table, int row, int cell) {
		var properties = table.getRow(row).getCell(cell).getCTTc().getTcPr();
		return properties == null || !properties.isSetVMerge() ? null
				: properties.getVMerge().getVal() == null ? STMerge.CONTINUE : properties.getVMerge().getVal();
	}
}
