package org.gongkai.workflow.letter;

/** The writer's rating of the reply (好差评), best first: 非常满意, 满意, 基本满意, 不满意, 非常不满意. */
public enum LetterRating {
	VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED;

	/** Counts towards the satisfaction rate; the two others open a 整改 and a 回访. */
	public boolean satisfied() {
		return this != DISSATISFIED && this != VERY_DISSATISFIED;
	}
}
