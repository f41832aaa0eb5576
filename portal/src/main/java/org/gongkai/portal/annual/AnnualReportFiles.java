package org.gongkai.portal.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The report as DOCX (the six sections, tables with merged cells) and as XLSX (one sheet per table,
 * the same merged regions), both drawn from {@link TableGrid}.
 */
public final class AnnualReportFiles {

	private AnnualReportFiles() {
	}

	/**
	 * @param sections the prose and tables in order: a heading, then text, a grid or both
	 */
	static byte[] docx(String title, List<Section> sections) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			var run = heading.createRun();
			run.setBold(true);
			run.setFontSize(18);
			run.setText(title);
			for (var section : sections) {
				var sectionHeading = document.createParagraph().createRun();
				sectionHeading.setBold(true);
				sectionHeading.setText(section.heading());
				if (section.text() != null) {
					for (var paragraph : section.text().split("\\R")) {
						document.createParagraph().createRun().setText(paragraph);
					}
				}
				if (section.grid() != null) {
					table(document, section.grid());
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void table(XWPFDocument document, TableGrid grid) {
		int rows = grid.rows().size();
		var table = document.createTable(rows, grid.columns());
		table.setWidth("100%");
		for (int r = 0; r < rows; r++) {
			var row = table.getRow(r);
			// right to left, so that removing a merged-away cell does not shift the ones still to visit
			for (int c = grid.columns() - 1; c >= 0; c--) {
				var cell = grid.at(r, c);
				if (cell == null) {
					continue;
				}
				if (c != cell.column()) {
					row.removeCell(c);
					continue;
				}
				var target = row.getCell(c);
				var properties = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr() : target.getCTTc().addNewTcPr();
				if (cell.columnSpan() > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.columnSpan()));
				}
				if (cell.rowSpan() > 1) {
					properties.addNewVMerge().setVal(r == cell.row() ? STMerge.RESTART : STMerge.CONTINUE);
				}
				if (r == cell.row()) {
					write(target, cell);
				}
			}
		}
	}

	private static void write(XWPFTableCell target, TableGrid.Cell cell) {
		target.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		var paragraph = target.getParagraphs().get(0);
		paragraph.setAlignment(cell.header() && cell.column() > 0 || !cell.header() ? ParagraphAlignment.CENTER
				: ParagraphAlignment.LEFT);
		var run = paragraph.createRun();
		run.setBold(cell.header() && cell.row() == 0);
		run.setText(cell.text());
	}

	static byte[] xlsx(List<TableGrid> grids) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setAlignment(HorizontalAlignment.CENTER);
			var names = List.of("表二", "表三", "表四", "信息处理费");
			for (int g = 0; g < grids.size(); g++) {
				var grid = grids.get(g);
				var sheet = workbook.createSheet(g < names.size() ? names.get(g) : "表" + (g + 2));
				for (int r = 0; r < grid.rows().size(); r++) {
					var row = sheet.createRow(r);
					for (int c = 0; c < grid.columns(); c++) {
						row.createCell(c).setCellStyle(style);
					}
				}
				for (var cells : grid.rows()) {
					for (var cell : cells) {
						var target = sheet.getRow(cell.row()).getCell(cell.column());
						if (!cell.header() && cell.text().matches("-?\\d+(\\.\\d+)?")) {
							target.setCellValue(Double.parseDouble(cell.text()));
						}
						else {
							target.setCellValue(cell.text());
						}
						if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
							sheet.addMergedRegion(new CellRangeAddress(cell.row(), cell.row() + cell.rowSpan() - 1,
									cell.column(), cell.column() + cell.columnSpan() - 1));
						}
					}
				}
				for (int c = 0; c < grid.columns(); c++) {
					sheet.setColumnWidth(c, 14 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A section of the report: heading, then prose or a table. */
	public record Section(String heading, String text, TableGrid grid) {
	}
}
