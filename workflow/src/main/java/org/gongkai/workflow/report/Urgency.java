package org.gongkai.workflow.report;

/** How urgently an item should be handled. */
public enum Urgency {
	ROUTINE, URGENT
}
