package org.gongkai.workflow.information;

/** How urgently an item should be handled. */
public enum Urgency {
	ROUTINE, URGENT
}
