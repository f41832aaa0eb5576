package org.gongkai.workflow.information;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something happened to an item that the scoring counts (adopted into an issue, forwarded up, adopted
 * upstream). Published inside the step's transaction; scoring records its fact in the same transaction,
 * so 政务信息 does not depend on scoring.
 *
 * @param channel the periodical's name, the upstream channel, or {@code null} where any channel scores
 * @param issueId the issue that carries the item, for {@link Kind#ADOPTED}
 */
public record ReportScored(Kind kind, Level level, String channel, LocalDate occurredOn, Long reportId, Long issueId,
		String evidence, String actor, Instant at) {

	/** What the item earned points for. */
	public enum Kind {
		ADOPTED, FORWARDED, UPPER_ADOPTED
	}
}
