package org.gongkai.workflow.annual;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tables as nested maps with stable keys: the body of {@code GET /api/annual-reports/{year}} and
 * the frozen copy a published report keeps.
 */
public final class AnnualReportJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private AnnualReportJson() {
	}

	public static Map<String, Object> toMap(AnnualReportTables tables) {
		var map = new LinkedHashMap<String, Object>();
		map.put("year", tables.year());
		map.put("agency", tables.agency());
		var t2 = tables.proactive();
		var table2 = new LinkedHashMap<String, Object>();
		table2.put("regulations", documents(t2.regulations()));
		table2.put("normativeDocuments", documents(t2.normativeDocuments()));
		table2.put("licensing", single("decisions", t2.licensing()));
		table2.put("punishment", single("decisions", t2.punishment()));
		table2.put("coercion", single("decisions", t2.coercion()));
		table2.put("administrativeFees", single("amountTenThousandYuan", t2.administrativeFees()));
		map.put("table2", table2);
		var table3 = new LinkedHashMap<String, Object>();
		for (var row : Table3Row.values()) {
			var cells = new LinkedHashMap<String, Long>();
			for (var column : Table3Column.values()) {
				cells.put(column.key(), tables.requests().get(row, column));
			}
			table3.put(row.key(), cells);
		}
		map.put("table3", table3);
		var table4 = new LinkedHashMap<String, Object>();
		for (int block = 0; block < RemedyTable.BLOCKS.length; block++) {
			var cells = new LinkedHashMap<String, Long>();
			for (int column = 0; column <= RemedyTable.TOTAL; column++) {
				cells.put(RemedyTable.outcomeKey(column), tables.remedies().get(block, column));
			}
			table4.put(RemedyTable.blockKey(RemedyTable.BLOCKS[block]), cells);
		}
		map.put("table4", table4);
		var fees = new LinkedHashMap<String, Object>();
		fees.put("noticesIssued", tables.fees().noticesIssued());
		fees.put("amountYuan", tables.fees().amountYuan());
		fees.put("collectedYuan", tables.fees().collectedYuan());
		fees.put("source", tables.fees().source());
		map.put("fees", fees);
		return map;
	}

	public static String write(AnnualReportTables tables) {
		try {
			return JSON.writeValueAsString(toMap(tables));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The frozen tables; their {@code fees} are null in a report frozen before the fee figures were computed. */
	public static AnnualReportTables read(String json) {
		try {
			var root = JSON.readTree(json);
			var t2 = root.get("table2");
			var proactive = new ProactiveTable(documents(t2.get("regulations")), documents(t2.get("normativeDocuments")),
					longOrNull(t2.get("licensing").get("decisions")), longOrNull(t2.get("punishment").get("decisions")),
					longOrNull(t2.get("coercion").get("decisions")),
					t2.get("administrativeFees").get("amountTenThousandYuan").isNull() ? null
							: t2.get("administrativeFees").get("amountTenThousandYuan").decimalValue());
			var requests = new RequestTable();
			for (var row : Table3Row.values()) {
				for (var column : Table3Column.values()) {
					requests.set(row, column, root.get("table3").get(row.key()).get(column.key()).asLong());
				}
			}
			var remedies = new RemedyTable();
			for (int block = 0; block < RemedyTable.BLOCKS.length; block++) {
				for (int column = 0; column <= RemedyTable.TOTAL; column++) {
					remedies.set(block, column, root.get("table4")
						.get(RemedyTable.blockKey(RemedyTable.BLOCKS[block]))
						.get(RemedyTable.outcomeKey(column))
						.asLong());
				}
			}
			var fees = root.get("fees");
			return new AnnualReportTables(root.get("year").asInt(), root.get("agency").asText(), proactive, requests,
					remedies, fees == null ? null : new FeeFigures(fees.get("noticesIssued").asLong(),
							yuan(fees.get("amountYuan")), yuan(fees.get("collectedYuan")),
							fees.get("source").asText()));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("unreadable frozen annual report", e);
		}
	}

	private static Map<String, Long> documents(ProactiveTable.Documents documents) {
		var map = new LinkedHashMap<String, Long>();
		map.put("made", documents.made());
		map.put("repealed", documents.repealed());
		map.put("valid", documents.valid());
		return map;
	}

	private static ProactiveTable.Documents documents(JsonNode node) {
		return new ProactiveTable.Documents(node.get("made").asLong(), node.get("repealed").asLong(),
				node.get("valid").asLong());
	}

	private static Map<String, Object> single(String key, Object value) {
		var map = new LinkedHashMap<String, Object>();
		map.put(key, value);
		return map;
	}

	private static java.math.BigDecimal yuan(JsonNode node) {
		return node.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private static Long longOrNull(JsonNode node) {
		return node == null || node.isNull() ? null : node.asLong();
	}
}
