package org.gongkai.workflow.proposal;

/** How the 主办 unit met the deputy (面商): a meeting, a call, a visit or otherwise. */
public enum ConsultationChannel {
	MEETING, CALL, VISIT, OTHER
}
