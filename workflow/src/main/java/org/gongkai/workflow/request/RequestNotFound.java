package org.gongkai.workflow.request;

import org.gongkai.workflow.Refusal;

/** No such request, or not one the caller may see (the two are not told apart). */
public class RequestNotFound extends RuntimeException implements Refusal {

	private final Long requestId;

	public RequestNotFound(Long requestId) {
		super("Disclosure request " + requestId + " not found");
		this.requestId = requestId;
	}

	@Override
	public String messageKey() {
		return "fact.request.notFound";
	}

	@Override
	public Object[] args() {
		return new Object[] { String.valueOf(requestId) };
	}
}
