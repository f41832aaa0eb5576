package org.gongkai.workflow.annual;

import java.util.EnumMap;
import java.util.Map;

/** 表三: requests received, carried over and finished, by result row and applicant column. */
public final class RequestTable {

	private final Map<Table3Row, long[]> cells = new EnumMap<>(Table3Row.class);

	public RequestTable() {
		for (var row : Table3Row.values()) {
			cells.put(row, new long[Table3Column.values().length]);
		}
	}

	public long get(Table3Row row, Table3Column column) {
		return cells.get(row)[column.ordinal()];
	}

	void add(Table3Row row, Table3Column column, long count) {
		cells.get(row)[column.ordinal()] += count;
	}

	void set(Table3Row row, Table3Column column, long count) {
		cells.get(row)[column.ordinal()] = count;
	}

	/** Fills the 总计 column as the sum of the six applicant columns. */
	void totalColumns() {
		for (var values : cells.values()) {
			long sum = 0;
			for (int i = 0; i < Table3Column.TOTAL.ordinal(); i++) {
				sum += values[i];
			}
			values[Table3Column.TOTAL.ordinal()] = sum;
		}
	}
}
