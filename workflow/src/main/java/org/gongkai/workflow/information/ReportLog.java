package org.gongkai.workflow.information;

import java.time.Clock;
import java.util.List;

import org.gongkai.workflow.caselog.CaseEvent;
import org.gongkai.workflow.caselog.CaseEvents;
import org.gongkai.workflow.caselog.CaseType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to an item's event log, in the caller's transaction. */
@Component
public class ReportLog {

	private final CaseEvents events;

	private final Clock clock;

	ReportLog(CaseEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void log(Long reportId, String type, String actor, String note) {
		events.save(new CaseEvent(CaseType.INFORMATION_REPORT, reportId, type, actor, clock.instant(), note));
	}

	public List<CaseEvent> of(Long reportId) {
		return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(CaseType.INFORMATION_REPORT, reportId);
	}
}
