package org.gongkai.workflow.request;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reply's delivery is still unrecorded: the reminder goes on the request's log. */
@Service("remindDeliveryAction")
public class RemindDelivery {

	private final RequestStepSupport support;

	RemindDelivery(RequestStepSupport support) {
		this.support = support;
	}

	/** The reply's delivery is still unrecorded some days after the reply. */
	@Transactional
	public void remindDelivery(Long requestId) {
		support.log(requestId, "DELIVERY_PENDING", "system", null);
	}
}
