package org.gongkai.workflow.request;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 依申请转主动 (art. 44), the request's side: once the catalogue item made from its reply is published,
 * the request's information is public, until that item is withdrawn from the catalogue. Only its
 * visibility changes; status and outcome stay as they are.
 */
@Service
public class MoveToProactiveDisclosure {

	private final DisclosureRequests requests;

	private final RequestLog log;

	private final Clock clock;

	MoveToProactiveDisclosure(DisclosureRequests requests, RequestLog log, Clock clock) {
		this.requests = requests;
		this.log = log;
		this.clock = clock;
	}

	/** In the publishing transaction: the request's visibility becomes {@link Visibility#PUBLIC}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void published(Long requestId, Long itemId, String indexNo) {
		var request = requests.findById(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		if (request.getVisibility() == Visibility.PUBLIC) {
			return;
		}
		request.madePublic(itemId, clock.instant());
		log.log(requestId, "MADE_PUBLIC", "system", indexNo);
	}

	/**
	 * In the withdrawing transaction: the catalogue item carrying the request's information was withdrawn,
	 * so the request is back to {@link Visibility#APPLICANT_AND_STAFF}; nothing changes unless that item
	 * is the one that made it public.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdrawn(Long requestId, Long itemId, String indexNo) {
		var request = requests.findById(requestId).orElseThrow(() -> new RequestNotFound(requestId));
		if (request.getVisibility() != Visibility.PUBLIC || !itemId.equals(request.getPublicItemId())) {
			return;
		}
		request.publicItemWithdrawn(clock.instant());
		log.log(requestId, "PUBLIC_WITHDRAWN", "system", indexNo);
	}
}
