package org.gongkai.workflow.proposal;

/** A unit's part in a case: 主办 (several in a 会办 case) or 协办. */
public enum UnitRole {
	LEAD, ASSIST
}
