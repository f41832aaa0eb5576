package org.gongkai.workflow.request;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant withdraws the request. */
@Service("withdrawRequestAction")
public class WithdrawRequest {

	private final RequestStepSupport support;

	WithdrawRequest(RequestStepSupport support) {
		this.support = support;
	}

	@Transactional
	public void withdraw(Long requestId, String actor) {
		support.load(requestId).withdraw(support.now());
		support.log(requestId, "WITHDRAWN", actor, null);
	}
}
