package org.gongkai.workflow.emergency;

import java.time.Instant;

/**
 * The limit rule of 紧急信息, from the ⚙ {@link EmergencyProperties}:
 * <ul>
 * <li>the clock starts when the unit learned of the event (知悉时间), or when it occurred if not stated;</li>
 * <li>the 初报 is due within the limit of the event's severity for its channel (电话报告 or 书面报告); the
 * office is alerted once the longer of the two has passed without one, when no 初报 can be on time;</li>
 * <li>for a severity with a follow-up interval each 续报, and the 终报, is due within the interval of the
 * previous report; otherwise later reports have no limit;</li>
 * <li>a report submitted (server time) after its due time is late (迟报) — exactly at the due time is on time.</li>
 * </ul>
 */
public final class EmergencyDeadlines {

	private final EmergencyProperties properties;

	public EmergencyDeadlines(EmergencyProperties properties) {
		this.properties = properties;
	}

	/** When the clock starts: the time the unit learned of the event, else the time it occurred. */
	public static Instant clockStart(Instant occurredAt, Instant learnedAt) {
		return learnedAt != null ? learnedAt : occurredAt;
	}

	/** The latest on-time 初报 by the channel. */
	public Instant firstReportDue(EmergencySeverity severity, SituationReportChannel channel, Instant clockStart) {
		var limits = properties.limits().get(severity);
		return clockStart.plus(channel == SituationReportChannel.PHONE ? limits.phone() : limits.written());
	}

	/** When the office is alerted that no 初报 has come: the later of the two channels' limits. */
	public Instant firstReportAlertAt(EmergencySeverity severity, Instant clockStart) {
		var phone = firstReportDue(severity, SituationReportChannel.PHONE, clockStart);
		var written = firstReportDue(severity, SituationReportChannel.WRITTEN, clockStart);
		return phone.isAfter(written) ? phone : written;
	}

	/** The due time of the next 续报 or 终报 after a report at {@code lastReportAt}, or null if none is due by a time. */
	public Instant nextReportDue(EmergencySeverity severity, Instant lastReportAt) {
		var interval = properties.limits().get(severity).followUpInterval();
		return interval == null ? null : lastReportAt.plus(interval);
	}

	/** Whether a report submitted at {@code submittedAt} against {@code due} is late (迟报). */
	public static boolean late(Instant due, Instant submittedAt) {
		return due != null && submittedAt.isAfter(due);
	}
}
