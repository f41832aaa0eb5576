package org.gongkai.portal.annual;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of the report as a grid of merged cells, the single layout the HTML page, the DOCX and
 * the XLSX are all drawn from.
 *
 * @param title e.g. 二、主动公开政府信息情况
 * @param columns the number of grid columns
 * @param rows per grid row, the cells that start in it, left to right
 */
public record TableGrid(String title, int columns, List<List<Cell>> rows) {

	/** A cell starting at ({@code row}, {@code column}) and spanning the given rows and columns. */
	public record Cell(int row, int column, int rowSpan, int columnSpan, String text, boolean header) {
	}

	/** The cell covering a grid position, whether it starts there or is merged into it. */
	Cell at(int row, int column) {
		for (var cells : rows) {
			for (var cell : cells) {
				if (row >= cell.row() && row < cell.row() + cell.rowSpan() && column >= cell.column()
						&& column < cell.column() + cell.columnSpan()) {
					return cell;
				}
			}
		}
		return null;
	}

	static final class Builder {

		private final String title;

		private final int columns;

		private final List<List<Cell>> rows = new ArrayList<>();

		Builder(String title, int columns) {
			this.title = title;
			this.columns = columns;
		}

		Builder header(int row, int column, int rowSpan, int columnSpan, String text) {
			return add(new Cell(row, column, rowSpan, columnSpan, text, true));
		}

		Builder value(int row, int column, int columnSpan, String text) {
			return add(new Cell(row, column, 1, columnSpan, text, false));
		}

		private Builder add(Cell cell) {
			while (rows.size() <= cell.row()) {
				rows.add(new ArrayList<>());
			}
			rows.get(cell.row()).add(cell);
			return this;
		}

		TableGrid build() {
			for (var cells : rows) {
				cells.sort(java.util.Comparator.comparingInt(Cell::column));
			}
			return new TableGrid(title, columns, rows.stream().map(List::copyOf).toList());
		}
	}
}
