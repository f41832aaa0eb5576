package org.gongkai.workflow.emergency;

/** The step does not fit where the event is (e.g. a 续报 before the 初报, closing before the 终报). */
public class EmergencyNotInExpectedState extends RuntimeException {

	public EmergencyNotInExpectedState(Long id, EmergencyStatus status, String step) {
		super("Emergency event " + id + " is " + status + ", cannot " + step);
	}
}
