package org.gongkai.workflow.caselog;

/** The kinds of case that keep an event log. */
public enum CaseType {
	CATALOGUE_ITEM, DISCLOSURE_REQUEST, INFORMATION_REPORT, REPORT_COMMISSION, ANNUAL_REPORT, EMERGENCY_EVENT,
	/** 意见征集: a draft put out for public comment. */
	CONSULTATION,
	/** 政民互动: a letter to an agency or a leader's mailbox. */
	PUBLIC_LETTER,
	/** 建议提案办理: a deputy's suggestion or a member's proposal. */
	DEPUTY_PROPOSAL
}
