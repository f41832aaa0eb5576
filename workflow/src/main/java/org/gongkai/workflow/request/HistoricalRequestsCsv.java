package org.gongkai.workflow.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.request.identity.IdType;

/**
 * The CSV form of an import file (RFC 4180, UTF-8, a BOM as Excel writes it is ignored): a header row
 * naming the columns by the fields of {@link HistoricalRequest}, in any order, the optional ones may be
 * left out; then one case per row. {@code replyReasons} lists {@link WithholdingReason} names separated
 * by {@code ;}; dates are ISO ({@code 2025-03-14}).
 */
public final class HistoricalRequestsCsv {

	/** The columns an import file may have, in the order of the template. */
	public static final List<String> COLUMNS = List.of("legacyNo", "kind", "applicantType", "applicantName", "idNumber", "phone",
			"title", "description", "departmentCode", "receivedOn", "dueOn", "finishedOn", "replyType", "replyReasons",
			"correctionOutcome", "competentAgency", "remedyKind", "remedyFiledOn", "remedyAuthority", "remedyOutcome",
			"remedyDecidedOn", "idType");

	private static final Set<String> REQUIRED = Set.of("legacyNo", "applicantType", "applicantName", "idNumber", "phone",
			"title", "departmentCode", "receivedOn", "finishedOn");

	private HistoricalRequestsCsv() {
	}

	/** The file's cases; a header or cell that cannot be read rejects the file, naming its row. */
	public static List<HistoricalRequest> parse(String text) {
		var rows = rows(text.startsWith("\uFEFF") ? text.substring(1) : text);
		var problems = new LinkedHashMap<String, String>();
		if (rows.isEmpty()) {
			problems.put("file", "文件为空");
			throw new HistoricalRequestsRejected(problems);
		}
		var header = rows.get(0).stream().map(String::strip).toList();
		var unknown = header.stream().filter(name -> !COLUMNS.contains(name)).toList();
		var missing = REQUIRED.stream().filter(name -> !header.contains(name)).sorted().toList();
		if (!unknown.isEmpty() || !missing.isEmpty()) {
			problems.put("header", (unknown.isEmpty() ? "" : "未知的列 " + unknown + "；")
					+ (missing.isEmpty() ? "" : "缺少必填列 " + missing + "；") + "列名应为 " + COLUMNS);
			throw new HistoricalRequestsRejected(problems);
		}
		var records = new ArrayList<HistoricalRequest>();
		for (int i = 1; i < rows.size(); i++) {
			var cells = new HashMap<String, String>();
			var row = rows.get(i);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			for (int c = 0; c < header.size(); c++) {
				cells.put(header.get(c), c < row.size() && !row.get(c).isBlank() ? row.get(c).strip() : null);
			}
			try {
				records.add(record(cells));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				problems.put("row " + i, ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new HistoricalRequestsRejected(problems);
		}
		return records;
	}

	private static HistoricalRequest record(Map<String, String> cells) {
		var reasons = cells.get("replyReasons") == null ? List.<WithholdingReason>of()
				: Arrays.stream(cells.get("replyReasons").split("[;；]"))
					.map(String::strip)
					.filter(name -> !name.isEmpty())
					.map(name -> value(WithholdingReason.class, "replyReasons", name))
					.toList();
		return new HistoricalRequest(cells.get("legacyNo"), value(RequestKind.class, "kind", cells.get("kind")),
				value(ApplicantType.class, "applicantType", cells.get("applicantType")), cells.get("applicantName"),
				cells.get("idNumber"), cells.get("phone"), cells.get("title"), cells.get("description"),
				cells.get("departmentCode"), date("receivedOn", cells.get("receivedOn")), date("dueOn", cells.get("dueOn")),
				date("finishedOn", cells.get("finishedOn")), value(ReplyType.class, "replyType", cells.get("replyType")),
				reasons, value(CorrectionOutcome.class, "correctionOutcome", cells.get("correctionOutcome")),
				cells.get("competentAgency"), value(RemedyKind.class, "remedyKind", cells.get("remedyKind")),
				date("remedyFiledOn", cells.get("remedyFiledOn")), cells.get("remedyAuthority"),
				value(RemedyOutcome.class, "remedyOutcome", cells.get("remedyOutcome")),
				date("remedyDecidedOn", cells.get("remedyDecidedOn")), value(IdType.class, "idType", cells.get("idType")));
	}

	private static <E extends Enum<E>> E value(Class<E> type, String column, String text) {
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValue(column, "import.value.unknown", text,
					Arrays.stream(type.getEnumConstants()).map(Enum::name).toList().toString());
		}
	}

	private static LocalDate date(String column, String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValue(column, "import.date.format", text);
		}
	}

	/**
	 * RFC 4180 rows read by Commons CSV: commas, double quotes around cells that hold commas, quotes or
	 * line breaks; as leniently as spreadsheet programs, a quote left open at the end of the file or text
	 * after a closing quote is kept in the cell.
	 */
	static List<List<String>> rows(String text) {
		var format = CSVFormat.RFC4180.builder().setLenientEof(true).setTrailingData(true).get();
		try (var parser = CSVParser.parse(text, format)) {
			return parser.stream().map(CSVRecord::toList).toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new HistoricalRequestsRejected(Map.of("file", "不是有效的 CSV 文件：" + ex.getMessage()));
		}
	}
}
