package org.gongkai.workflow.request;

/** A step was asked of a disclosure request whose status does not allow it. */
public class RequestNotInExpectedState extends RuntimeException {

	public RequestNotInExpectedState(Long requestId, RequestStatus actual, String step) {
		super("Disclosure request " + requestId + " is " + actual + " and cannot be " + step);
	}
}
