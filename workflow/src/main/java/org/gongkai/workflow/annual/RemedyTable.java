package org.gongkai.workflow.annual;

import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.RemedyOutcome;

/** 表四: 行政复议 and 行政诉讼 (direct, and after review) by result, each block with its 总计. */
public final class RemedyTable {

	/** The three blocks of 表四, in order; 投诉 is not counted here. */
	public static final RemedyKind[] BLOCKS = { RemedyKind.ADMINISTRATIVE_REVIEW, RemedyKind.LITIGATION_DIRECT,
			RemedyKind.LITIGATION_AFTER_REVIEW };

	private final long[][] cells = new long[BLOCKS.length][RemedyOutcome.values().length + 1];

	/** Column index of each block's 总计. */
	public static final int TOTAL = RemedyOutcome.values().length;

	public static String blockKey(RemedyKind kind) {
		return switch (kind) {
			case ADMINISTRATIVE_REVIEW -> "administrativeReview";
			case LITIGATION_DIRECT -> "litigationWithoutReview";
			case LITIGATION_AFTER_REVIEW -> "litigationAfterReview";
			case COMPLAINT -> throw new IllegalArgumentException("complaints are not counted in 表四");
		};
	}

	/** The label of a block as it stands in the header (the two litigation blocks share 行政诉讼). */
	public static String blockLabel(RemedyKind kind) {
		return switch (kind) {
			case ADMINISTRATIVE_REVIEW -> "行政复议";
			case LITIGATION_DIRECT -> "未经复议直接起诉";
			case LITIGATION_AFTER_REVIEW -> "复议后起诉";
			case COMPLAINT -> throw new IllegalArgumentException("complaints are not counted in 表四");
		};
	}

	public static String outcomeKey(int column) {
		return column == TOTAL ? "total" : switch (RemedyOutcome.values()[column]) {
			case MAINTAINED -> "maintained";
			case CORRECTED -> "corrected";
			case OTHER -> "other";
			case PENDING -> "pending";
		};
	}

	public static String outcomeLabel(int column) {
		return column == TOTAL ? "总计" : RemedyOutcome.values()[column].label();
	}

	public long get(int block, int column) {
		return cells[block][column];
	}

	void add(RemedyKind kind, RemedyOutcome outcome, long count) {
		for (int block = 0; block < BLOCKS.length; block++) {
			if (BLOCKS[block] == kind) {
				cells[block][outcome.ordinal()] += count;
			}
		}
	}

	void set(int block, int column, long count) {
		cells[block][column] = count;
	}

	void totalBlocks() {
		for (var block : cells) {
			long sum = 0;
			for (int i = 0; i < TOTAL; i++) {
				sum += block[i];
			}
			block[TOTAL] = sum;
		}
	}
}
