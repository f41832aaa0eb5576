package org.gongkai.workflow.request;

/** No such request, or not one the caller may see (the two are not told apart). */
public class RequestNotFound extends RuntimeException {

	public RequestNotFound(Long requestId) {
		super("Disclosure request " + requestId + " not found");
	}
}
