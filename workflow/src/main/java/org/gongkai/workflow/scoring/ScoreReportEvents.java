package org.gongkai.workflow.scoring;

import org.gongkai.workflow.information.ReportScored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the score fact of an item's adoption or forwarding, in the transaction of the step that published it. */
@Component
class ScoreReportEvents {

	private final ScoreFacts facts;

	ScoreReportEvents(ScoreFacts facts) {
		this.facts = facts;
	}

	@EventListener
	void on(ReportScored event) {
		var kind = switch (event.kind()) {
			case ADOPTED -> FactKind.ADOPTED;
			case FORWARDED -> FactKind.FORWARDED;
			case UPPER_ADOPTED -> FactKind.UPPER_ADOPTED;
		};
		var channel = event.channel() == null ? ScoringRule.ANY : event.channel();
		facts.save(new ScoreFact(kind, event.level(), channel, event.occurredOn(), event.reportId(), null,
				event.issueId(), null, event.evidence(), event.actor(), event.at()));
	}
}
