package org.gongkai.portal.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.statistics.OfficeStatistics;
import org.gongkai.workflow.statistics.Series;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A dashboard table as a CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) or XLSX download. */
final class SeriesExports {

	private SeriesExports() {
	}

	static Series find(OfficeStatistics statistics, String key, int year) {
		return statistics.all(year)
			.stream()
			.filter(series -> series.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFound("statistics " + key));
	}

	static ResponseEntity<byte[]> csv(Series series, int year) {
		var csv = new StringBuilder("\uFEFF");
		try (var printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(series.headers());
			for (var row : series.rows()) {
				printer.printRecord(row.stream().map(String::valueOf));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return download(csv.toString().getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), series.key() + "-" + year + ".csv");
	}

	static ResponseEntity<byte[]> xlsx(Series series, int year) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(series.key());
			var header = sheet.createRow(0);
			for (int c = 0; c < series.headers().size(); c++) {
				header.createCell(c).setCellValue(series.headers().get(c));
			}
			for (int r = 0; r < series.rows().size(); r++) {
				var row = sheet.createRow(r + 1);
				var values = series.rows().get(r);
				for (int c = 0; c < values.size(); c++) {
					if (values.get(c) instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(c).setCellValue(String.valueOf(values.get(c)));
					}
				}
			}
			workbook.write(out);
			return download(out.toByteArray(),
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
					series.key() + "-" + year + ".xlsx");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
