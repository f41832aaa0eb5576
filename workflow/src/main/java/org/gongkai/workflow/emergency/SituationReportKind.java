package org.gongkai.workflow.emergency;

/** A link of an emergency event's report chain: 初报, then 0..n 续报, then 终报. */
public enum SituationReportKind {
	FIRST, FOLLOW_UP, FINAL
}
