package org.gongkai.workflow.emergency;

/** No such emergency event (or not one the caller may see). */
public class EmergencyEventNotFound extends RuntimeException {

	public EmergencyEventNotFound(Object id) {
		super("Emergency event " + id + " not found");
	}
}
