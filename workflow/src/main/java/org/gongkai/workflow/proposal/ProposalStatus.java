package org.gongkai.workflow.proposal;

/** Where a case is: waiting for the 协办 opinions, being handled, waiting for the deputy's verdict, closed. */
public enum ProposalStatus {
	AWAITING_OPINIONS, HANDLING, SENT, REWORK, CLOSED
}
