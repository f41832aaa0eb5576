package org.gongkai.portal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.workflow.scoring.Ranking;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The ranking tables as an XLSX workbook: all units, and for quarters the 通报's top 10 and bottom 10. */
@Component
class RankingWorkbook {

	private static final List<String> COLUMNS = List.of("report.rank", "report.unit", "report.unitClass",
			"report.submitted", "report.adopted", "report.points", "report.runningTotal", "report.quota",
			"report.quotaMet");

	private final MessageSource messages;

	RankingWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(Ranking ranking, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			fill(workbook.createSheet(text("report.sheet.all", locale)), ranking.rows(), locale);
			if (ranking.period().months() == 3 && ranking.separatesTopAndBottom()) {
				fill(workbook.createSheet(text("report.top10", locale)), ranking.top10(), locale);
				fill(workbook.createSheet(text("report.bottom10", locale)), ranking.bottom10(), locale);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void fill(Sheet sheet, List<Ranking.Row> rows, Locale locale) {
		var header = sheet.createRow(0);
		for (int i = 0; i < COLUMNS.size(); i++) {
			header.createCell(i).setCellValue(text(COLUMNS.get(i), locale));
		}
		int r = 1;
		for (var row : rows) {
			var line = sheet.createRow(r++);
			line.createCell(0).setCellValue(row.rank());
			line.createCell(1).setCellValue(row.unitName());
			line.createCell(2).setCellValue(row.unitClass());
			line.createCell(3).setCellValue(row.submitted());
			line.createCell(4).setCellValue(row.adopted());
			line.createCell(5).setCellValue(row.points().doubleValue());
			line.createCell(6).setCellValue(row.runningTotal().doubleValue());
			line.createCell(7).setCellValue(row.quota());
			line.createCell(8).setCellValue(text(row.quotaMet() ? "report.yes" : "report.no", locale));
		}
		sheet.setColumnWidth(1, 30 * 256);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
