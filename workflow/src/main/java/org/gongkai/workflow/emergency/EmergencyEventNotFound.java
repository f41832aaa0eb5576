package org.gongkai.workflow.emergency;

import org.gongkai.workflow.Refusal;

/** No such emergency event (or not one the caller may see). */
public class EmergencyEventNotFound extends RuntimeException implements Refusal {

	private final transient Object id;

	public EmergencyEventNotFound(Object id) {
		super("Emergency event " + id + " not found");
		this.id = id;
	}

	@Override
	public String messageKey() {
		return "fact.emergency.notFound";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(id) };
	}
}
