package org.gongkai.workflow.proposal;

/** The deputy's or member's verdict on the reply; {@link #DISSATISFIED} reopens the case for 再办理. */
public enum Satisfaction {
	/** 满意 */
	SATISFIED,
	/** 基本满意 */
	BASICALLY_SATISFIED,
	/** 不满意 */
	DISSATISFIED
}
