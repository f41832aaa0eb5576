package org.gongkai.workflow.request;

import java.time.Clock;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to a request's event log and tells listeners, in the caller's transaction. */
@Component
public class RequestLog {

	private final CaseEvents events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	RequestLog(CaseEvents events, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void log(Long requestId, String type, String actor, String note) {
		events.save(new CaseEvent(CaseType.DISCLOSURE_REQUEST, requestId, type, actor, clock.instant(), note));
		publisher.publishEvent(new RequestEventLogged(requestId, type, actor, note));
	}
}
