package org.gongkai.workflow.request;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statutory periods of disclosure requests (SPEC §2.3), in working days; ⚙ items are local choices.
 *
 * @param replyWorkingDays art. 33: reply within 20 WD of receipt
 * @param supplementWorkingDays ⚙ the applicant's period to supplement (default 15 WD)
 * @param warningWorkingDays ⚙ staff are warned this many WD before the reply is due (default 5)
 * @param zone the agency's time zone, for "today" and for timer instants
 * @param maxExtensionWorkingDays art. 33 ¶2: an extension adds at most 20 WD
 * @param consultationWorkingDays arts. 32, 34: the consulted party has 15 WD
 * @param feePaymentWorkingDays 109号: the applicant pays within 20 WD
 * @param signOffLevels ⚙ candidate groups that sign the reply off, in order (default the leader)
 * @param deliveryReminderWorkingDays ⚙ the clerk is reminded when the reply's delivery is still unrecorded
 *     this many WD after the reply (default 5)
 * @param reasonsWorkingDays ⚙ art. 35: the applicant's period to explain the reasons for the volume or
 *     frequency of requests; without an answer the reasons count as unreasonable (default 15 WD)
 * @param reasonsPauseClock ⚙ art. 35 is silent on the reply period: whether the time the applicant takes
 *     to explain is left out of it, as for a 补正 (default true)
 * @param offlineBackdatingDays ⚙ the office registers an application received at most this many calendar
 *     days ago (a letter signed for last week is normal; an older one is already past its 20 WD and
 *     belongs to the import of historical requests); default 30
 */
@ConfigurationProperties("gongkai.workflow.request")
public record RequestProperties(Integer replyWorkingDays, Integer supplementWorkingDays, Integer warningWorkingDays,
		ZoneId zone, Integer maxExtensionWorkingDays, Integer consultationWorkingDays, Integer feePaymentWorkingDays,
		List<String> signOffLevels, Integer deliveryReminderWorkingDays, Integer reasonsWorkingDays,
		Boolean reasonsPauseClock, Integer offlineBackdatingDays) {

	public RequestProperties {
		replyWorkingDays = replyWorkingDays == null ? 20 : replyWorkingDays;
		supplementWorkingDays = supplementWorkingDays == null ? 15 : supplementWorkingDays;
		warningWorkingDays = warningWorkingDays == null ? 5 : warningWorkingDays;
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		maxExtensionWorkingDays = maxExtensionWorkingDays == null ? 20 : maxExtensionWorkingDays;
		consultationWorkingDays = consultationWorkingDays == null ? 15 : consultationWorkingDays;
		feePaymentWorkingDays = feePaymentWorkingDays == null ? 20 : feePaymentWorkingDays;
		deliveryReminderWorkingDays = deliveryReminderWorkingDays == null ? 5 : deliveryReminderWorkingDays;
		reasonsWorkingDays = reasonsWorkingDays == null ? 15 : reasonsWorkingDays;
		reasonsPauseClock = reasonsPauseClock == null ? Boolean.TRUE : reasonsPauseClock;
		offlineBackdatingDays = offlineBackdatingDays == null ? 30 : offlineBackdatingDays;
		signOffLevels = signOffLevels == null || signOffLevels.isEmpty() ? List.of("leader") : List.copyOf(signOffLevels);
	}
}
