package org.gongkai.workflow.request;

/** The result of a remedy, as the columns of 表四 count it. */
public enum RemedyOutcome {
	MAINTAINED("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果"), PENDING("尚未审结");

	private final String label;

	RemedyOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
