package org.gongkai.workflow.request;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reply is due soon: the warning goes on the request's log. */
@Service("warnDueSoonAction")
public class WarnDueSoon {

	private final RequestStepSupport support;

	WarnDueSoon(RequestStepSupport support) {
		this.support = support;
	}

	@Transactional
	public void warnDueSoon(Long requestId) {
		support.log(requestId, "DUE_SOON", "system", String.valueOf(support.load(requestId).getReplyDueOn()));
	}
}
