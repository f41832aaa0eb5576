package org.gongkai.workflow.request;

import org.gongkai.workflow.Refusal;

/** A step was asked of a disclosure request whose status does not allow it. */
public class RequestNotInExpectedState extends RuntimeException implements Refusal {

	private final Long requestId;

	private final RequestStatus actual;

	public RequestNotInExpectedState(Long requestId, RequestStatus actual, String step) {
		super("Disclosure request " + requestId + " is " + actual + " and cannot be " + step);
		this.requestId = requestId;
		this.actual = actual;
	}

	public Long requestId() {
		return requestId;
	}

	@Override
	public String messageKey() {
		return "fact.request.wrongState";
	}

	/** The request, its status as the applicant reads it, and the status's name. */
	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(requestId), actual == null ? "" : actual.label(), String.valueOf(actual) };
	}
}
