package org.gongkai.workflow.emergency;

import org.gongkai.workflow.Refusal;

/** The step does not fit where the event is (e.g. a 续报 before the 初报, closing before the 终报). */
public class EmergencyNotInExpectedState extends RuntimeException implements Refusal {

	private final Long id;

	private final EmergencyStatus status;

	public EmergencyNotInExpectedState(Long id, EmergencyStatus status, String step) {
		super("Emergency event " + id + " is " + status + ", cannot " + step);
		this.id = id;
		this.status = status;
	}

	@Override
	public String messageKey() {
		return "fact.emergency.wrongState";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(id), String.valueOf(status) };
	}
}
