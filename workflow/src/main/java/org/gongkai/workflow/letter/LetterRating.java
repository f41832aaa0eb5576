package org.gongkai.workflow.letter;

/** The writer's rating of the reply (好差评), best first: 非常满意, 满意, 基本满意, 不满意, 非常不满意. */
public enum LetterRating {
	VERY_SATISFIED("非常满意"), SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意"),
	VERY_DISSATISFIED("非常不满意");

	private final String label;

	LetterRating(String label) {
		this.label = label;
	}

	/** The rating as the case log records it. */
	public String label() {
		return label;
	}

	/** Counts towards the satisfaction rate; the two others open a 整改 and a 回访. */
	public boolean satisfied() {
		return this != DISSATISFIED && this != VERY_DISSATISFIED;
	}
}
