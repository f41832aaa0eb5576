package org.gongkai.portal.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn by the server as inline SVG ({@code fragments/chart :: bars}): one bar per
 * label, negative values to the left of the zero line. Every value's text has room of its own: a margin is
 * kept on each side of the bars so that neither "-92.5" left of the longest negative bar nor the largest
 * value right of its bar is clipped, and category names keep to their own column. No script, so the
 * content security policy and readers without JavaScript see the same chart; the figures are also in the
 * table beside it, and {@link #description()} is the chart's text alternative.
 *
 * @param width the drawing's width in SVG units (it scales to the page)
 * @param height the drawing's height
 * @param zeroX where the zero line is
 * @param bars the bars, top to bottom
 * @param description every label with its value, for the text alternative
 */
public record BarChart(int width, int height, double zeroX, List<Bar> bars, String description) {

	static final int WIDTH = 640;

	/** The column of category names, right-aligned against the bars. */
	static final int NAME_WIDTH = 168;

	/** Room for a value's text beside the end of its bar. */
	static final int VALUE_ROOM = 64;

	static final int ROW = 22;

	static final int BAR = 14;

	static final int MAX_NAME = 10;

	/**
	 * One bar.
	 *
	 * @param label the full category name
	 * @param name the name as drawn, shortened with … when long (the full name is the bar's title)
	 * @param value the value as written
	 * @param x left edge of the bar
	 * @param width the bar's length
	 * @param y top of the bar's row
	 * @param valueX where the value's text is anchored
	 * @param valueAnchor {@code start} (right of a positive bar) or {@code end} (left of a negative bar)
	 * @param negative whether the value is below zero
	 */
	public record Bar(String label, String name, String value, double x, double width, double y, double valueX,
			String valueAnchor, boolean negative) {

		/** The baseline of the row's texts. */
		public double textY() {
			return y + BAR - 2;
		}
	}

	/** The chart of the given labels and values (same order, same length). */
	public static BarChart of(List<String> labels, List<? extends Number> values) {
		if (labels.size() != values.size()) {
			throw new IllegalArgumentException("a value per label");
		}
		double min = 0;
		double max = 0;
		for (var value : values) {
			min = Math.min(min, value.doubleValue());
			max = Math.max(max, value.doubleValue());
		}
		double left = NAME_WIDTH + (min < 0 ? VALUE_ROOM : 8);
		double right = WIDTH - VALUE_ROOM;
		double scale = (right - left) / (max - min == 0 ? 1 : max - min);
		double zero = left - min * scale;
		var bars = new ArrayList<Bar>();
		var description = new StringBuilder();
		for (int i = 0; i < labels.size(); i++) {
			double value = values.get(i).doubleValue();
			double length = Math.abs(value) * scale;
			double x = value < 0 ? zero - length : zero;
			String text = text(values.get(i));
			String label = labels.get(i);
			bars.add(new Bar(label, shortName(label), text, round(x), round(length), 8 + i * ROW,
					round(value < 0 ? x - 4 : x + length + 4), value < 0 ? "end" : "start", value < 0));
			description.append(i == 0 ? "" : "；").append(label).append("：").append(text);
		}
		return new BarChart(WIDTH, 16 + labels.size() * ROW, round(zero), bars, description.toString());
	}

	/** Where the category names end, right-aligned. */
	public int nameX() {
		return NAME_WIDTH - 6;
	}

	/** Whether there is anything to draw. */
	public boolean empty() {
		return bars.isEmpty();
	}

	private static String shortName(String label) {
		return label.codePointCount(0, label.length()) <= MAX_NAME ? label
				: label.substring(0, label.offsetByCodePoints(0, MAX_NAME - 1)) + "…";
	}

	private static String text(Number value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			double d = value.doubleValue();
			return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
		}
		return String.valueOf(value);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
