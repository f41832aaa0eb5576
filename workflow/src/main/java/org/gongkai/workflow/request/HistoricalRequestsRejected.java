package org.gongkai.workflow.request;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.workflow.InvalidValue;

/** An import file with records that cannot be taken; nothing of it was imported. */
public class HistoricalRequestsRejected extends RuntimeException {

	private final Map<String, String> problems;

	private final Map<String, InvalidValue> reasons;

	HistoricalRequestsRejected(Map<String, String> problems) {
		this(problems, Map.of());
	}

	/** The records' refused values, keyed as {@link #problems()}; their texts are those values' messages. */
	static HistoricalRequestsRejected refusing(Map<String, InvalidValue> reasons) {
		var problems = new LinkedHashMap<String, String>();
		reasons.forEach((where, reason) -> problems.put(where, text(where, reason)));
		return new HistoricalRequestsRejected(problems, reasons);
	}

	private HistoricalRequestsRejected(Map<String, String> problems, Map<String, InvalidValue> reasons) {
		super(problems.size() + " record(s) rejected: " + problems);
		this.problems = Map.copyOf(problems);
		this.reasons = Map.copyOf(reasons);
	}

	/** The problem of each rejected record, keyed {@code row N} (counting records from 1), in Chinese. */
	public Map<String, String> problems() {
		return problems;
	}

	/**
	 * The refused value behind each problem, for a reader in another language (its field, message key and
	 * arguments); empty where the file itself could not be read.
	 */
	public Map<String, InvalidValue> reasons() {
		return reasons;
	}

	/** A record's problem names the refused field ({@code field: text}); the file's problem is the text alone. */
	public static String text(String where, InvalidValue reason) {
		return where.equals(reason.field()) ? reason.detail() : reason.getMessage();
	}
}
