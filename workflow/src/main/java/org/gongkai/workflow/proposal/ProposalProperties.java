package org.gongkai.workflow.proposal;

import java.time.ZoneId;

import org.gongkai.workflow.InvalidValue;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ⚙ The clocks of 建议提案办理 ({@code gongkai.proposals.*}); a setting left out keeps its default.
 *
 * @param replyMonths the reply is due this many months after assignment (3); a 重点 case may be given an earlier date
 * @param warningDays the office is warned this many working days before the due date (10)
 * @param assistDays the 协办 opinions are due this many working days after assignment (20)
 * @param reworkMonths after a 不满意 the case is handled again within this many months (1)
 * @param zone the time zone of the dates
 */
@ConfigurationProperties("gongkai.proposals")
public record ProposalProperties(Integer replyMonths, Integer warningDays, Integer assistDays, Integer reworkMonths,
		ZoneId zone) {

	public ProposalProperties {
		replyMonths = replyMonths == null ? 3 : replyMonths;
		warningDays = warningDays == null ? 10 : warningDays;
		assistDays = assistDays == null ? 20 : assistDays;
		reworkMonths = reworkMonths == null ? 1 : reworkMonths;
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		if (replyMonths < 1 || warningDays < 0 || assistDays < 1 || reworkMonths < 1) {
			throw new InvalidValue("replyMonths", "proposal.properties.positive");
		}
	}
}
