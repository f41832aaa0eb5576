package org.gongkai.workflow.request;

import org.gongkai.workflow.Refusal;

/** Art. 30 allows one 补正 notice per request; a second was asked for. */
public class SupplementAlreadyRequested extends RuntimeException implements Refusal {

	public SupplementAlreadyRequested(Long requestId) {
		super("Disclosure request " + requestId + " has already had its one supplement notice (art. 30)");
	}

	@Override
	public String messageKey() {
		return "fact.request.supplementAlreadyRequested";
	}

	@Override
	public Object[] args() {
		return new Object[0];
	}
}
