package org.gongkai.workflow.letter;

/** Why the office declines a letter: not the agency's business, answered before, or abusive. */
public enum DeclineReason {
	NOT_IN_REMIT("不属于本机关职责范围"), ALREADY_ANSWERED("同一事项已答复过"), ABUSIVE("含有辱骂、攻击等内容");

	private final String label;

	DeclineReason(String label) {
		this.label = label;
	}

	/** The reason as the case log records it. */
	public String label() {
		return label;
	}
}
