package org.gongkai.workflow.request;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statutory periods of disclosure requests (SPEC §2.3), in working days; ⚙ items are local choices.
 *
 * @param replyWorkingDays art. 33: reply within 20 WD of receipt
 * @param supplementWorkingDays ⚙ the applicant's period to supplement (default 15 WD)
 * @param warningWorkingDays ⚙ staff are warned this many WD before the reply is due (default 5)
 * @param zone the agency's time zone, for "today" and for timer instants
 */
@ConfigurationProperties("gongkai.workflow.request")
public record RequestProperties(Integer replyWorkingDays, Integer supplementWorkingDays, Integer warningWorkingDays,
		ZoneId zone) {

	public RequestProperties {
		replyWorkingDays = replyWorkingDays == null ? 20 : replyWorkingDays;
		supplementWorkingDays = supplementWorkingDays == null ? 15 : supplementWorkingDays;
		warningWorkingDays = warningWorkingDays == null ? 5 : warningWorkingDays;
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
	}
}
