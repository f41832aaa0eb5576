package org.gongkai.workflow.report;

/** No such emergency event (or not one the caller may see). */
public class EmergencyEventNotFound extends RuntimeException {

	public EmergencyEventNotFound(Object id) {
		super("Emergency event " + id + " not found");
	}
}
