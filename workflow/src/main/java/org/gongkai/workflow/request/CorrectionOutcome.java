package org.gongkai.workflow.request;

/**
 * How a correction request (art. 41) was answered. The agency corrects a record it verified as
 * inaccurate; where correcting is not its function it forwards the request to the agency that may
 * correct, or tells the applicant which agency that is; otherwise it refuses with reasons.
 */
public enum CorrectionOutcome {
	CORRECTED("予以更正", false, true),
	FORWARDED("转送有权更正的行政机关处理", true, false),
	NOT_COMPETENT("告知向有权更正的行政机关提出", true, false),
	REFUSED("不予更正", false, true);

	private final String label;

	private final boolean namesAgency;

	private final boolean needsNote;

	CorrectionOutcome(String label, boolean namesAgency, boolean needsNote) {
		this.label = label;
		this.namesAgency = namesAgency;
		this.needsNote = needsNote;
	}

	/** Chinese name of the outcome as shown to applicants and staff. */
	public String label() {
		return label;
	}

	/** Whether the reply names the agency that may correct the record. */
	public boolean namesAgency() {
		return namesAgency;
	}

	/** Whether the reply must say what was corrected, or why the record is not corrected. */
	public boolean needsNote() {
		return needsNote;
	}
}
