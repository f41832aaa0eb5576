package org.gongkai.workflow.request;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reviewer returns the proposed reply to the handling department. */
@Service("returnToHandlerAction")
public class ReturnToHandler {

	private final RequestStepSupport support;

	ReturnToHandler(RequestStepSupport support) {
		this.support = support;
	}

	@Transactional
	public void returnToHandler(Long requestId, String actor, String comment) {
		support.load(requestId).returnToHandler(support.now());
		support.log(requestId, "RETURNED", actor, comment);
	}
}
