package org.gongkai.workflow.request;

import java.util.Map;

/** An import file with records that cannot be taken; nothing of it was imported. */
public class HistoricalRequestsRejected extends RuntimeException {

	private final Map<String, String> problems;

	HistoricalRequestsRejected(Map<String, String> problems) {
		super(problems.size() + " record(s) rejected: " + problems);
		this.problems = Map.copyOf(problems);
	}

	/** The problem of each rejected record, keyed {@code row N} (counting records from 1). */
	public Map<String, String> problems() {
		return problems;
	}
}
