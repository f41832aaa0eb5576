package org.gongkai.workflow.emergency;

/** Where an emergency event is: waiting for its 初报, being reported on, 终报 received, closed by the office, or 漏报. */
public enum EmergencyStatus {
	AWAITING_FIRST_REPORT, REPORTING, FINAL_REPORTED, CLOSED, MISSED
}
