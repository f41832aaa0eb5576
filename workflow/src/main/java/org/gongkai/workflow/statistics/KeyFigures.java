package org.gongkai.workflow.statistics;

import java.time.LocalDate;

/**
 * The key figures at the top of the office's dashboard: a year's requests and replies beside the
 * previous year's, and the requests overdue on the day it is read (docs/counting-rules.md).
 *
 * @param year the year shown
 * @param current that year's figures
 * @param previous the year before's, to compare with
 * @param overdueNow open requests past their due date today, whatever year they came in
 * @param asOf the day {@code overdueNow} was counted
 */
public record KeyFigures(int year, Year current, Year previous, long overdueNow, LocalDate asOf) {

	/**
	 * One year's figures.
	 *
	 * @param received requests received in the year (receipt date)
	 * @param answered replies issued in the year (reply date), whenever received
	 * @param answeredOnTime of those, issued by their due date (extensions and pauses included)
	 * @param reviews 行政复议 filed in the year
	 * @param lawsuits 行政诉讼 filed in the year, directly or after review
	 */
	public record Year(int year, long received, long answered, long answeredOnTime, long reviews, long lawsuits) {

		/** The share of replies on time in per cent, one decimal; null when nothing was answered. */
		public Double onTimeShare() {
			return answered == 0 ? null : Math.round(1000.0 * answeredOnTime / answered) / 10.0;
		}
	}
}
