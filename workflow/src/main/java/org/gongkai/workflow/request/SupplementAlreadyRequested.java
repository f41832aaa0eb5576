package org.gongkai.workflow.request;

/** Art. 30 allows one 补正 notice per request; a second was asked for. */
public class SupplementAlreadyRequested extends RuntimeException {

	public SupplementAlreadyRequested(Long requestId) {
		super("Disclosure request " + requestId + " has already had its one supplement notice (art. 30)");
	}
}
