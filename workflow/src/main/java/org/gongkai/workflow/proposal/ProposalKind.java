package org.gongkai.workflow.proposal;

/** Who submitted the case: a 人大代表's 建议 or a 政协委员's 提案. */
public enum ProposalKind {
	/** 人大代表建议 */
	SUGGESTION,
	/** 政协委员提案 */
	PROPOSAL
}
