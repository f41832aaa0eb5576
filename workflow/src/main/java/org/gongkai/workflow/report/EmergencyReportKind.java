package org.gongkai.workflow.report;

/** A link of an emergency event's report chain: 初报, then 0..n 续报, then 终报. */
public enum EmergencyReportKind {
	FIRST, FOLLOW_UP, FINAL
}
