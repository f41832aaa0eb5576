package org.gongkai.workflow.information;

/** The administrative level of a publication or a leader: our city, the province, the State Council (国办). */
public enum Level {
	CITY, PROVINCE, STATE
}
