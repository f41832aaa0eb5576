package org.gongkai.workflow.proposal;

/** The class of a reply, as the deputies' affairs offices count them. */
public enum ReplyClass {
	/** 解决或基本解决 */
	A,
	/** 列入计划逐步解决 */
	B,
	/** 因条件限制或其他原因暂时不能解决 */
	C
}
